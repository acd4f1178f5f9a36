import { describe, expect, it } from 'vitest';
import { compileSources } from '../../../src/compiler/index';
import { createHelpEngine, createHelpEngineCore, createLooseMatcher, createRelatedMatch, describeReason } from '../../../src/engine/index';

/** One one-problem article per entry, with TOML error tables as a docs site writes them. */
function indexOf(articles: Record<string, string>) {
  const result = compileSources(
    Object.entries(articles).map(([id, errors]) => ({ path: `${id}.mdx`, text: `+++\ntitle = "${id}"\n${errors}\n+++\n\nText about ${id}.\n` })),
  );
  expect(result.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  return result.index;
}

const table = (facets: Record<string, string | number>) =>
  `[[errors]]\n${Object.entries(facets)
    .map(([key, value]) => `${key} = ${JSON.stringify(value)}`)
    .join('\n')}\n`;

const firstArticle = (engine: ReturnType<typeof createHelpEngine>, error: unknown) => engine.match({ error })[0]?.article.id;
/** The articles a written pattern (not a search by the error's words) opens for the error. */
const byPattern = (engine: ReturnType<typeof createHelpEngine>, error: unknown) =>
  engine.match({ error }).filter((match) => match.related === undefined).map((match) => match.article.id);

describe('given a help center of one-problem articles whose error tables give code, status and message', () => {
  const index = indexOf({
    'email-not-confirmed': table({ http_status_code: 400, code: 'email_not_confirmed', message: 'Email not confirmed' }),
    'otp-expired': table({ http_status_code: 403, code: 'otp_expired', message: 'Email link is invalid or has expired' }),
    'client-errors': table({ status: '4xx' }),
  });
  const engine = createHelpEngine(index);

  it('opens the article for the bare message, in every case and dressing', () => {
    for (const error of ['email not confirmed', 'Email not confirmed.', '"Email not confirmed"', { message: 'email not confirmed' }, new Error('email not confirmed'), new Error('AuthApiError: Email not confirmed')]) {
      expect(firstArticle(engine, error), String(error)).toBe('email-not-confirmed');
    }
  });

  it('says the match rests on the message, naming the table as written', () => {
    const [best] = engine.match({ error: 'Email not confirmed' });
    expect(best?.reasons[0]).toEqual({
      kind: 'message',
      pattern: '{ status: 400, code: email_not_confirmed, message: "Email not confirmed" }',
      value: 'Email not confirmed',
      inherited: true,
    });
    expect(describeReason(best!.reasons[0]!)).toContain('error message "Email not confirmed" matched');
  });

  it('opens it for an Error that kept its status but lost its code, above the status class', () => {
    const error = Object.assign(new Error('Email link is invalid or has expired'), { status: 403 });
    expect(engine.match({ error }).map((match) => match.article.id)).toEqual(['otp-expired', 'client-errors']);
  });

  it('does not open it when a fact the error gives contradicts the table', () => {
    expect(byPattern(engine, { status: 500, message: 'Email not confirmed' })).toEqual([]);
    expect(byPattern(engine, { code: 'other_code', message: 'Email not confirmed' })).toEqual([]);
  });

  it('never opens a table on its status alone', () => {
    expect(engine.match({ error: { status: 400 } }).map((match) => match.article.id)).toEqual(['client-errors']);
  });

  it('opens it for the code alone too, as the table names it', () => {
    expect(firstArticle(engine, { code: 'email_not_confirmed' })).toBe('email-not-confirmed');
  });
});

describe('given tables of each specificity for one message', () => {
  const engine = createHelpEngine(
    indexOf({
      'by-class': table({ status: '4xx' }),
      'by-message': table({ message: 'quota exceeded' }),
      'by-everything': table({ status: 429, code: 'E_QUOTA', message: 'quota exceeded' }),
    }),
  );

  it('ranks code, status and message above message alone above the status class', () => {
    expect(engine.match({ error: { status: 429, code: 'E_QUOTA', message: 'Quota exceeded' } }).map((match) => match.article.id)).toEqual([
      'by-everything',
      'by-message',
      'by-class',
    ]);
  });

  it('opens, for the bare message, the table that asks for nothing the error cannot confirm', () => {
    expect(engine.match({ error: 'Quota exceeded' }).map((match) => match.article.id)).toEqual(['by-message', 'by-everything']);
  });
});

describe('given a message that several articles list', () => {
  const engine = createHelpEngine(
    indexOf({
      'storage-policy': table({ http_status_code: 403, code: 'unauthorized', message: 'new row violates row-level security policy for table "objects"' }),
      'database-policy': table({ code: '42501', message: 'new row violates row-level security policy for table "profiles"' }),
      'short-jwt': table({ message: 'invalid JWT' }),
      'long-jwt': table({ message: 'invalid JWT: unable to parse or verify signature' }),
    }),
  );

  it("opens the one whose quoted value is the error's own", () => {
    expect(firstArticle(engine, 'new row violates row-level security policy for table "objects"')).toBe('storage-policy');
    expect(firstArticle(engine, 'new row violates row-level security policy for table "profiles"')).toBe('database-policy');
  });

  it('still finds both when the value is one neither lists, and says the message matched', () => {
    const matches = engine.match({ error: 'new row violates row-level security policy for table "todos"' });
    expect(matches.map((match) => match.article.id).sort()).toEqual(['database-policy', 'storage-policy']);
    expect(matches.every((match) => match.reasons[0]?.kind === 'message')).toBe(true);
  });

  it('opens the longer message that the error holds whole', () => {
    expect(firstArticle(engine, 'invalid JWT: unable to parse or verify signature, token is expired')).toBe('long-jwt');
    expect(firstArticle(engine, 'invalid JWT')).toBe('short-jwt');
  });
});

describe('given values that vary inside fixed messages', () => {
  const engine = createHelpEngine(
    indexOf({
      'bucket-missing': table({ code: 'bucket_not_found', message: 'Bucket "avatars" not found' }),
      'rate-limit': table({ http_status_code: 429, message: 'Rate limit of 100 requests exceeded' }),
      'customer-missing': table({ message: "No such customer: 'cus_81HJk2LmQ9'" }),
      'exit-one': table({ code: 'BUILD_FAILED', message: 'Build failed with exit code 1' }),
    }),
  );

  it('matches the message with another value where the table has one', () => {
    expect(firstArticle(engine, 'Bucket "logos" not found')).toBe('bucket-missing');
    expect(firstArticle(engine, new Error('Rate limit of 250 requests exceeded'))).toBe('rate-limit');
    expect(firstArticle(engine, "No such customer: 'cus_Zz91xQ'")).toBe('customer-missing');
  });

  it('needs every fixed word, in order', () => {
    expect(byPattern(engine, 'Bucket "logos" was deleted')).toEqual([]);
    expect(byPattern(engine, 'Rate limit exceeded')).toEqual([]);
  });

  it('keeps the number that names an error fixed', () => {
    expect(byPattern(engine, 'Build failed with exit code 2')).toEqual([]);
  });
});

describe('given an engine core', () => {
  const index = indexOf({ 'email-not-confirmed': table({ http_status_code: 400, code: 'email_not_confirmed', message: 'Email not confirmed' }) });

  it('matches patterns as written on its own, as the page loads it', () => {
    expect(createHelpEngineCore(index).match({ error: 'Email not confirmed' })).toEqual([]);
  });

  it('compares messages as apps hand them over with the loose matcher', () => {
    const core = createHelpEngineCore(index);
    const match = createRelatedMatch(core, { match: createLooseMatcher(core.index) });
    expect(match({ error: 'Email not confirmed' })[0]?.article.id).toBe('email-not-confirmed');
  });
});
