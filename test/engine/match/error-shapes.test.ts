import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../../src/compiler/index';
import { normalizeError } from '../../../src/engine/match/normalize-error';
import type { HelpIndex } from '../../../src/schema/help-index';
import { baselineMatch, currentMatch, ERROR_MESSAGES_DIR, ERROR_SHAPES, shapeFigures, tableCases, type ShapeFigure } from '../../../bench/error-shapes';

describe('given the shapes apps hand an error over in', () => {
  it('reads the message under the name some APIs give it', () => {
    expect(normalizeError({ code: 400, error_code: 'email_not_confirmed', msg: 'Email not confirmed' })).toEqual({
      status: 400,
      code: 'email_not_confirmed',
      message: 'Email not confirmed',
      causes: [],
    });
  });

  it("reads an axios error's response data as a cause, since its own message is the client's", () => {
    const error = Object.assign(new Error('Request failed with status code 401'), {
      name: 'AxiosError',
      code: 'ERR_BAD_REQUEST',
      response: { status: 401, data: { code: 'bad_jwt', message: 'invalid JWT' } },
    });
    expect(normalizeError(error)).toMatchObject({ status: 401, code: 'ERR_BAD_REQUEST', causes: [{ code: 'bad_jwt', message: 'invalid JWT' }] });
  });

  it("reads a client's parsed body as a cause", () => {
    const error = Object.assign(new Error('401 status code'), { status: 401, body: { message: 'invalid JWT' } });
    expect(normalizeError(error)).toEqual({ status: 401, message: '401 status code', causes: [{ message: 'invalid JWT' }] });
  });

  it('lists one row for each shape of issue 23', () => {
    expect(ERROR_SHAPES.map((shape) => shape.name)).toEqual([
      'string',
      '{ message }',
      'Error',
      'Error with code and status',
      'Error with the facts in its cause',
      'Response, JSON { message }',
      'Response, JSON { error }',
      'Response, JSON { code, msg, error_code }',
      'Response, JSON { code, message }',
      'axios: error.response.data.message',
      'client: error.body.message',
      '{ status, code, message }',
    ]);
  });
});

describe('given the error-messages corpus: one-problem MDX articles with TOML error tables', () => {
  let index: HelpIndex;
  let figures: ShapeFigure[];
  let baseline: ShapeFigure[];

  beforeAll(async () => {
    const result = await compileContent(ERROR_MESSAGES_DIR);
    expect(result.diagnostics).toEqual([]);
    index = result.index;
    figures = await shapeFigures(tableCases(index), currentMatch(index));
    baseline = await shapeFigures(tableCases(index), baselineMatch(index));
  }, 60_000);

  it('holds at least 30 articles, each one problem, with codes, statuses, shared messages and messages with values', () => {
    expect(index.articles.length).toBeGreaterThanOrEqual(30);
    for (const article of index.articles) expect(index.symptoms.filter((symptom) => symptom.articleId === article.id)).toHaveLength(1);
    const cases = tableCases(index);
    const messages = cases.map((entry) => entry.facts.message);
    expect(cases.filter((entry) => entry.facts.status === undefined).length).toBeGreaterThan(0);
    expect(cases.every((entry) => entry.facts.code !== undefined)).toBe(true);
    expect(messages.length - new Set(messages.map((message) => message.toLowerCase())).size).toBeGreaterThanOrEqual(2);
    expect(messages.filter((message) => /"[^"]+"|'[^']+'|\d/.test(message)).length).toBeGreaterThanOrEqual(10);
  });

  it('opens the entry\'s article first for at least 95 % of entries in every shape, the bare message included', () => {
    expect(figures).toHaveLength(ERROR_SHAPES.length);
    for (const figure of figures) {
      expect(figure.total, figure.shape).toBe(tableCases(index).length);
      expect(figure.hits / figure.total, `${figure.shape}\n${figure.missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('misses only where two articles list the same message and the shape gives nothing to tell them apart', () => {
    for (const figure of figures) {
      for (const miss of figure.missed) expect(miss, figure.shape).toMatch(/"message":"(Invalid API key|Email rate limit exceeded)"/);
    }
  });

  it('does better than today wherever today falls short, and never worse', () => {
    figures.forEach((figure, i) => {
      const before = baseline[i]!;
      expect(figure.hits, figure.shape).toBeGreaterThanOrEqual(before.hits);
    });
    // Today a bare message opens an article only when its title holds the message, and a Response body is never read.
    expect(baseline[0]!.hits / baseline[0]!.total).toBeLessThan(0.5);
    expect(baseline[5]!.hits).toBe(0);
  });
});
