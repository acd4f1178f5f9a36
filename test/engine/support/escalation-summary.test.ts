import { describe, expect, it } from 'vitest';
import { buildEscalationPayload } from '../../../src/engine/support/escalation';
import { escalationMailto } from '../../../src/engine/support/escalation-mailto';
import { formatEscalationSummary } from '../../../src/engine/support/escalation-summary';
import { check, symptom } from './diagnostics-fixtures';

const payload = buildEscalationPayload({
  helpCenter: { id: 'ochre', title: 'Ochre Help' },
  article: { id: 'slack-not-routing', title: 'Slack not routing' },
  symptom: symptom([check('toggle', 'slack-toggle', 'Master toggle is on'), check('reinstall', undefined, 'Reinstall the Slack app')], 'slack-not-routing#no-pings', 'Slack stopped getting pings'),
  route: '/settings/channels',
  error: { code: 'SLACK_TOKEN_REVOKED', status: 401, message: 'token\nrevoked', causes: [] },
  now: new Date('2026-11-22T17:00:00Z'),
  timeZone: 'Europe/Berlin',
  checkedIds: ['toggle'],
  diagnostics: [{ checkId: 'toggle', diagnostic: 'slack-toggle', status: 'passed', detail: 'On', durationMs: 1 }],
  searches: ['slack pings'],
  note: 'Started after we renamed the channel.\nStill broken.',
  fields: [{ id: 'workspace', label: 'Workspace slug' }],
  context: { workspace: 'acme', user: { id: 42, roles: ['admin', 'owner'] } },
  details: [{ id: 'conversation-id', label: 'A conversation ID, customer email, or screenshot.' }],
  userAgent: 'TestAgent/1.0',
});

describe('formatEscalationSummary', () => {
  const text = formatEscalationSummary(payload);

  it('tells the story first: what, where, when', () => {
    expect(text.split('\n').slice(0, 6)).toEqual([
      'Support request from Ochre Help',
      'Problem: Slack stopped getting pings (slack-not-routing#no-pings)',
      'Article: Slack not routing (slack-not-routing)',
      'Page: /settings/channels',
      'Error: SLACK_TOKEN_REVOKED · HTTP 401 · "token revoked"',
      'First seen: 2026-11-22T18:00:00+01:00 (Europe/Berlin, UTC+01:00)',
    ]);
  });

  it('quotes the note line by line and lists answers, leaving unanswered ones marked', () => {
    expect(text).toContain('Note from the user:\n  Started after we renamed the channel.\n  Still broken.');
    expect(text).toContain('Details:\n  Workspace slug: acme\n  A conversation ID, customer email, or screenshot: (not given)');
  });

  it('lists checks done, not done, automatic results and searches', () => {
    expect(text).toContain('Checks done (1 of 2):\n  [x] Master toggle is on');
    expect(text).toContain('Checks not done:\n  [ ] Reinstall the Slack app');
    expect(text).toContain('Automatic checks:\n  passed: Master toggle is on — On');
    expect(text).toContain('Searched for:\n  "slack pings"');
  });

  it('flattens the host context into key: value lines', () => {
    expect(text).toContain('  workspace: acme\n  user.id: 42\n  user.roles: admin, owner\n  User agent: TestAgent/1.0');
  });

  it('leaves out empty sections', () => {
    const bare = formatEscalationSummary(buildEscalationPayload({ userAgent: null, now: new Date('2026-01-01T00:00:00Z'), timeZone: 'UTC' }));
    expect(bare).toBe('Support request\nFirst seen: 2026-01-01T00:00:00+00:00\n\nContext:\n  Sent: 2026-01-01T00:00:00+00:00');
  });
});

describe('escalationMailto', () => {
  it('addresses the support email with an encoded subject and a CRLF body', () => {
    const url = escalationMailto(payload, 'help@ochre.example')!;
    expect(url.startsWith('mailto:help@ochre.example?subject=Help%20request%3A%20Slack%20stopped%20getting%20pings&body=')).toBe(true);
    const body = decodeURIComponent(url.split('&body=')[1]!);
    expect(body).toBe(formatEscalationSummary(payload).replace(/\n/g, '\r\n'));
  });

  it('refuses an address that is not a plain email', () => {
    expect(escalationMailto(payload, 'not an email')).toBeNull();
    expect(escalationMailto(payload, 'a@b.example?cc=evil@x.example')).toBeNull();
    expect(escalationMailto(payload, '')).toBeNull();
  });

  it('encodes a lone surrogate instead of throwing', () => {
    const odd = { ...payload, note: 'half a pair: \uD800 here' };
    const url = escalationMailto(odd, 'help@ochre.example', { maxLength: 100_000 })!;
    expect(decodeURIComponent(url)).toContain('half a pair: \uFFFD here');
  });

  it('shortens a long body to fit the length cap and says so, without splitting emoji', () => {
    const long = { ...payload, note: '🚨 broken '.repeat(500) };
    for (const maxLength of [300, 1900, 4000]) {
      const url = escalationMailto(long, 'help@ochre.example', { maxLength })!;
      expect(url.length).toBeLessThanOrEqual(maxLength);
      const body = decodeURIComponent(url.split('&body=')[1]!);
      expect(body).toContain('shortened to fit');
    }
  });

  it('keeps the full body when it fits', () => {
    const url = escalationMailto(payload, 'help@ochre.example', { maxLength: 100_000 })!;
    expect(decodeURIComponent(url)).not.toContain('shortened');
  });
});
