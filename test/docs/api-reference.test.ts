// The docs' API reference is read from the source's TSDoc (scripts/api-reference.ts, served to the
// pages by .storybook/api-reference-plugin.ts): it must list what each entry really exports, with
// the comments written above it, so a missing comment shows here and not as a blank on the site.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiReference, defaultOf, DOCUMENTED_ENTRIES, firstSentence, plainLinks, type ApiModule } from '../../scripts/api-reference';
import * as engineEntry from '../../src/engine';
import * as askEntry from '../../src/ask';
import * as compilerEntry from '../../src/compiler';

const root = resolve(import.meta.dirname, '../..');
let modules: ApiModule[];
beforeAll(() => {
  modules = buildApiReference(DOCUMENTED_ENTRIES, root);
}, 120_000);

const named = (name: string) => modules.find((module) => module.module === name)!;

describe('given the API reference of the package entries', () => {
  it.each([
    ['help-panel/engine', engineEntry],
    ['help-panel/ask', askEntry],
    ['help-panel/compiler', compilerEntry],
  ] as const)('lists every value %s exports at run time', (name, entry) => {
    const listed = new Set(named(name).items.map((item) => item.name));
    expect(Object.keys(entry).filter((key) => key !== 'default' && !listed.has(key))).toEqual([]);
  });

  it('gives every function and class of every entry its TSDoc', () => {
    const undocumented = modules.flatMap((module) =>
      module.items.filter((item) => (item.kind === 'function' || item.kind === 'class') && item.doc === '').map((item) => `${module.module}: ${item.name} (${item.source})`),
    );
    expect(undocumented).toEqual([]);
  });

  it('reads a function\'s signature and its source line as the code has them', () => {
    const engine = named('help-panel/engine');
    const create = engine.items.find((item) => item.name === 'createHelpEngine')!;
    expect(create.kind).toBe('function');
    expect(create.signature).toBe('createHelpEngine(index: unknown): HelpEngine');
    expect(create.source).toMatch(/^src\/engine\/create-help-engine\.ts:\d+$/);
  });

  it('lists the fields of an options interface with the defaults their comments name', () => {
    const options = named('help-panel/engine').items.find((item) => item.name === 'EventBatcherOptions')!;
    const byName = Object.fromEntries(options.members.map((member) => [member.name, member]));
    expect(byName.send).toMatchObject({ optional: false, type: 'string | EventBatchSender' });
    expect(byName.maxBatch).toMatchObject({ optional: true, default: '`20`' });
    expect(byName.flushMs?.default).toBe('`5000`');
  });

  it('documents the React entry\'s hooks and the props interfaces behind its components', () => {
    const react = named('help-panel');
    const useHelp = react.items.find((item) => item.name === 'UseHelpResult')!;
    expect(useHelp.members.map((member) => member.name)).toEqual(expect.arrayContaining(['open', 'close', 'reportError', 'matches', 'linkTo']));
    const props = react.items.find((item) => item.name === 'HelpProviderProps')!;
    expect(props.members.find((member) => member.name === 'searchDelay')?.default).toBe('`150`');
  });
});

describe('given a TSDoc comment', () => {
  it('takes the default from an @default tag or a "Default …" sentence', () => {
    expect(defaultOf('Milliseconds to wait. Default `150`.')).toBe('`150`');
    expect(defaultOf('Where to keep it. Default: `localStorage`, memory when that fails.')).toBe('`localStorage`, memory when that fails');
    expect(defaultOf('No default here.')).toBeUndefined();
  });

  it('keeps the first sentence for a table cell, not cut at an abbreviation or a code span', () => {
    expect(firstSentence('Opens it, e.g. on a route. Then more.')).toBe('Opens it, e.g. on a route.');
    expect(firstSentence('Reads `a. B` then stops. Next.')).toBe('Reads `a. B` then stops.');
  });

  it('turns {@link} into a code span or its label', () => {
    expect(plainLinks('See {@link createHelpEngine} and {@link DEFAULT_ASK_TIMEOUT_MS the default}.')).toBe('See `createHelpEngine` and the default.');
  });
});
