import { beforeAll, describe, expect, it } from 'vitest';
import { createHelpEngine } from '../../../src/engine/create-help-engine';
import type { HelpEngine, SearchHit } from '../../../src/engine/types';
import { compiledSample, type SampleName } from '../fixtures/compiled-samples';
import { labeled } from './relevance-queries';

const engines = new Map<SampleName, HelpEngine>();

beforeAll(async () => {
  for (const name of ['oxvo', 'ochre'] as const) engines.set(name, createHelpEngine(await compiledSample(name)));
});

function label(hit: SearchHit, help: SampleName): string {
  return help === 'oxvo' && hit.symptom ? hit.symptom.slug : hit.article.id;
}

function ranked(help: SampleName, query: string): string[] {
  const engine = engines.get(help);
  if (!engine) throw new Error(`no engine for ${help}`);
  return engine.search(query, { limit: 3 }).map((hit) => label(hit, help));
}

describe('given what stuck users type about the sample help centers', () => {
  it('has a labeled set of at least 40 queries', () => {
    expect(labeled.length).toBeGreaterThanOrEqual(40);
  });

  it('puts the expected symptom first for at least 90 % of the queries', () => {
    const misses = labeled.filter(({ help, query, expected }) => ranked(help, query)[0] !== expected);
    const top1 = (labeled.length - misses.length) / labeled.length;
    expect({ top1: top1 >= 0.9, misses: misses.map((m) => `${m.query} → ${ranked(m.help, m.query).join(', ')}`) }).toMatchObject({ top1: true });
  });

  it('puts the expected symptom in the top three for every query', () => {
    const misses = labeled
      .filter(({ help, query, expected }) => !ranked(help, query).includes(expected))
      .map(({ help, query, expected }) => `${query} (expected ${expected}) → ${ranked(help, query).join(', ')}`);
    expect(misses).toEqual([]);
  });
});

describe('given a vague query and the screen the user is on', () => {
  it('ranks the symptom for the current route and error first', () => {
    const oxvo = engines.get('oxvo');
    const vague = 'not working';
    expect(oxvo?.search(vague, { context: { route: '/login/mfa' } })[0]?.symptom?.slug).toBe('user-cannot-sign-in-after-mfa-prompt');
    expect(oxvo?.search(vague, { context: { error: { code: 'MASKING_RULE_NOT_APPLIED' } } })[0]?.symptom?.slug).toBe(
      'sensitive-values-still-visible-in-replay',
    );
  });

  it('still lets clearly better text win over the context', () => {
    const oxvo = engines.get('oxvo');
    expect(oxvo?.search('webhooks not firing', { context: { route: '/login/mfa' } })[0]?.symptom?.slug).toBe('webhooks-not-firing');
  });
});
