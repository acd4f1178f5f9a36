import { describe, expect, it } from 'vitest';
import { compileSources } from '../../src/compiler/index';
import { formatDiagnostic } from '../../src/schema/diagnostic';
import { codes, compileOne, md } from './helpers';

/** The only diagnostic of a compile, asserted to be alone so tests notice stray ones. */
function only(result: ReturnType<typeof compileSources>) {
  expect(result.diagnostics).toHaveLength(1);
  return result.diagnostics[0]!;
}

describe('given invalid YAML in the front matter', () => {
  it('reports invalid-yaml at the real line and column of the .md file', () => {
    const result = compileOne('---\ntitle: ok\ntags: [a, b\nbucket: x\n---\n\nText.\n');
    const diagnostic = result.diagnostics.find((d) => d.code === 'invalid-yaml')!;
    expect(diagnostic).toMatchObject({ level: 'error', file: 'article.md', line: 4 });
    expect(diagnostic.message).toContain('Fix the YAML between the "---" lines');
  });

  it('counts lines correctly when the file uses CRLF line endings', () => {
    const result = compileOne('---\r\ntitle: ok\r\nsummary: "open\r\n---\r\n\r\nText.\r\n');
    expect(result.diagnostics[0]).toMatchObject({ code: 'invalid-yaml', line: 3 });
  });

  it('reports a duplicated key as invalid YAML', () => {
    const result = compileOne('---\ntitle: a\ntitle: b\n---\n\nText.\n');
    expect(only(result)).toMatchObject({ code: 'invalid-yaml', line: 3, column: 1 });
  });
});

describe('given front matter of the wrong shape', () => {
  it('reports a front matter that is not a mapping', () => {
    const diagnostic = only(compileOne('---\n- a\n- b\n---\n\nText.\n'));
    expect(diagnostic).toMatchObject({ code: 'invalid-front-matter', level: 'error', line: 2, column: 1 });
    expect(diagnostic.message).toContain('must be a mapping');
  });

  it('reports routes that are not a list, quoting the value and showing the fix', () => {
    const diagnostic = only(compileOne(md('routes: /settings', 'Text.')));
    expect(diagnostic).toMatchObject({ code: 'invalid-front-matter', level: 'error', line: 2, column: 9 });
    expect(diagnostic.message).toBe('"routes" must be a list, but it is the text "/settings"; write it like: routes: [/settings]');
  });

  it('reports a list item that is not text and keeps the others', () => {
    const result = compileOne(md('tags: [ok, {a: 1}, fine]', 'Text.'));
    expect(only(result)).toMatchObject({ code: 'invalid-front-matter', line: 2, column: 12 });
    expect(result.article.tags).toEqual(['ok', 'fine']);
  });

  it('reports an id that is not a slug and suggests one', () => {
    const diagnostic = only(compileOne(md('id: Web Hooks', 'Text.')));
    expect(diagnostic).toMatchObject({ code: 'invalid-front-matter', line: 2, column: 5 });
    expect(diagnostic.message).toContain('e.g. "web-hooks"');
  });

  it('reports front matter that is never closed', () => {
    const result = compileOne('---\ntitle: Open\n\nText.\n');
    expect(result.diagnostics[0]).toMatchObject({ code: 'invalid-front-matter', line: 1, column: 1 });
    expect(result.diagnostics[0]?.message).toContain('never closed');
  });

  it('reports symptom overrides that are not a mapping', () => {
    const diagnostic = only(compileOne(md('symptoms: [a]', 'Text.')));
    expect(diagnostic).toMatchObject({ code: 'invalid-front-matter', line: 2 });
    expect(diagnostic.message).toContain('"symptoms" must be a mapping');
  });
});

describe('given an unknown front-matter key', () => {
  it('warns at the key with a did-you-mean and the list of known keys', () => {
    const diagnostic = only(compileOne(md('title: A\nalias: [x]', 'Text.')));
    expect(diagnostic).toMatchObject({ code: 'unknown-front-matter-key', level: 'warning', line: 3, column: 1 });
    expect(diagnostic.message).toContain('unknown front-matter key "alias"; it is ignored. Did you mean "aliases"?');
    expect(diagnostic.message).toContain('Known keys: id, title, summary');
  });

  it('warns about an unknown key inside a symptom override', () => {
    const text = md('symptoms:\n  login-loops:\n    route: [/login]', 'Symptom: Login loops\n\n- Clear cookies');
    const diagnostic = only(compileOne(text));
    expect(diagnostic).toMatchObject({ code: 'unknown-front-matter-key', level: 'warning', line: 4, column: 5 });
    expect(diagnostic.message).toContain('Did you mean "routes"?');
  });
});

describe('given duplicate ids', () => {
  it('reports both articles that share an id, and keeps the first', () => {
    const result = compileSources([
      { path: 'a.md', text: md('id: same', 'First.') },
      { path: 'b/same.md', text: 'Second.\n' },
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([
      ['duplicate-id', 'a.md', 2],
      ['duplicate-id', 'b/same.md', 1],
    ]);
    expect(result.diagnostics[0]?.message).toContain('the article id "same" is also used by b/same.md');
    expect(result.index.articles.map((article) => article.summary)).toEqual(['First.']);
  });

  it('reports two symptoms with the same slug and keeps both under distinct ids', () => {
    const result = compileOne('Symptom: Sync fails\n\n- A\n\nSymptom: Sync fails\n\n- B\n');
    expect(only(result)).toMatchObject({ code: 'duplicate-id', level: 'error', line: 5 });
    expect(result.symptoms.map((symptom) => symptom.slug)).toEqual(['sync-fails', 'sync-fails-2']);
  });
});

describe('given a broken article link', () => {
  it('reports a relative .md link to a file that does not exist, with a did-you-mean, and keeps the text', () => {
    const result = compileSources([
      { path: 'guide.md', text: 'Read [setup](./setpu.md).\n' },
      { path: 'setup.md', text: 'Setup.\n' },
    ]);
    const diagnostic = only(result);
    expect(diagnostic).toMatchObject({ code: 'broken-link', level: 'error', file: 'guide.md', line: 1, column: 6 });
    expect(diagnostic.message).toContain('"./setpu.md" points to "setpu.md"');
    expect(diagnostic.message).toContain('Did you mean "setup.md"?');
    expect(result.index.bodies.guide).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Read ' }, { type: 'text', value: 'setup' }, { type: 'text', value: '.' }] }]);
  });

  it('reports a related article that does not exist', () => {
    const diagnostic = only(compileOne(md('related: [nope]', 'Text.')));
    expect(diagnostic).toMatchObject({ code: 'broken-link', level: 'error', line: 2, column: 11 });
    expect(diagnostic.message).toContain('related article "nope" does not exist');
  });

  it('warns about a link to a heading that does not exist', () => {
    const diagnostic = only(compileOne('## Setup\n\nSee [below](#setpu).\n'));
    expect(diagnostic).toMatchObject({ code: 'broken-link', level: 'warning', line: 3, column: 5 });
    expect(diagnostic.message).toContain('Did you mean "setup"?');
  });
});

describe('given a symptom with no checks', () => {
  it('warns at the symptom line', () => {
    const diagnostic = only(compileOne('Intro.\n\nSymptom: Nothing happens\n\nNo list follows.\n'));
    expect(diagnostic).toMatchObject({ code: 'symptom-without-checks', level: 'warning', line: 3, column: 1 });
    expect(diagnostic.message).toContain('"Nothing happens" has no checks');
  });
});

describe('given an empty article', () => {
  it.each([
    ['an empty file', ''],
    ['front matter only', '---\ntitle: Nothing\n---\n'],
    ['a title heading only', '# Only a title\n'],
  ])('warns for %s', (_name, text) => {
    expect(only(compileOne(text))).toMatchObject({ code: 'empty-article', level: 'warning', line: 1, column: 1 });
  });
});

describe('given invalid patterns', () => {
  it('reports an invalid route at the item, with the fix', () => {
    const diagnostic = only(compileOne(md("routes: ['/ok', 'settings/**/x']", 'Text.')));
    expect(diagnostic).toMatchObject({ code: 'invalid-route-pattern', level: 'error', line: 2, column: 17 });
    expect(diagnostic.message).toContain('route "settings/**/x" must start with "/"');
  });

  it('reports an invalid error pattern at the item, with the fix', () => {
    const text = md('symptoms:\n  a:\n    errors: [401, 999]', 'Symptom: A\n\n- x');
    const diagnostic = only(compileOne(text));
    expect(diagnostic).toMatchObject({ code: 'invalid-error-pattern', level: 'error', line: 4, column: 19 });
    expect(diagnostic.message).toContain('"999" is not an HTTP status');
  });
});

describe('given overrides and bindings that name nothing', () => {
  const body = 'Symptom: Webhooks not firing\n\n- Verify the URL\n- Trigger an event';

  it('reports an unknown symptom slug with a did-you-mean and the valid slugs', () => {
    const diagnostic = only(compileOne(md('symptoms:\n  webhook-not-firing:\n    tags: [x]', body)));
    expect(diagnostic).toMatchObject({ code: 'unknown-symptom', level: 'error', line: 3, column: 3 });
    expect(diagnostic.message).toContain('Did you mean "webhooks-not-firing"?');
    expect(diagnostic.message).toContain('Its symptoms are: webhooks-not-firing.');
  });

  it('reports an unknown check id with the valid ids', () => {
    const text = md('symptoms:\n  webhooks-not-firing:\n    diagnostics:\n      verify-url: endpoint-ok', body);
    const diagnostic = only(compileOne(text));
    expect(diagnostic).toMatchObject({ code: 'unknown-check', level: 'error', line: 5, column: 7 });
    expect(diagnostic.message).toContain('Its check ids are: verify-the-url, trigger-an-event.');
  });

  it('reports an unknown diagnostic name only when the known names are configured', () => {
    const text = md('symptoms:\n  webhooks-not-firing:\n    diagnostics:\n      verify-the-url: endpoint-okk', body);
    expect(compileOne(text).diagnostics).toEqual([]);
    const diagnostic = only(compileOne(text, { knownDiagnostics: ['endpoint-ok'] }));
    expect(diagnostic).toMatchObject({ code: 'unknown-diagnostic', level: 'warning', line: 5, column: 23 });
    expect(diagnostic.message).toBe('"endpoint-okk" is not one of the host\'s diagnostics. Did you mean "endpoint-ok"? Known diagnostics: endpoint-ok.');
  });
});

describe('given raw HTML', () => {
  it('drops it with a warning at its position, keeping the text between tags', () => {
    const result = compileOne('Press <kbd>Enter</kbd> now.\n\n<div onclick="x()">Block</div>\n');
    expect(result.diagnostics.map((d) => [d.code, d.level, d.line, d.column])).toEqual([
      ['raw-html', 'warning', 1, 7],
      ['raw-html', 'warning', 3, 1],
    ]);
    expect(result.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Press Enter now.' }] }]);
  });
});

describe('given an unsafe or unresolvable address', () => {
  it('keeps the text of a javascript: link and warns', () => {
    const result = compileOne('[click](javascript:alert(1))\n');
    expect(only(result)).toMatchObject({ code: 'unsafe-url', level: 'warning', line: 1, column: 1 });
    expect(result.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'click' }] }]);
  });

  it('warns about a relative link that is not an article and keeps its text', () => {
    const result = compileOne('[docs](../../docs/setup)\n');
    expect(only(result)).toMatchObject({ code: 'unresolved-link', level: 'warning' });
    expect(result.article.links).toEqual([]);
  });

  it('warns once per file about shortcodes, at the first one', () => {
    const result = compileOne('Intro.\n\n{{< figure src="/a.png" >}}\n\n{{< figure src="/b.png" caption="Disk layout" >}}\n');
    expect(only(result)).toMatchObject({ code: 'shortcode', level: 'warning', line: 3, column: 1 });
    expect(result.body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Intro.' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Disk layout' }] },
    ]);
  });
});

describe('formatDiagnostic', () => {
  it('prints path:line:column: level: message [code]', () => {
    const diagnostic = only(compileOne(md('title: A\ntagz: [x]', 'Text.'), { path: 'guides/a.md', root: 'content/oxvo' }));
    expect(formatDiagnostic(diagnostic)).toMatch(
      /^content\/oxvo\/guides\/a\.md:3:1: warning: unknown front-matter key "tagz"; .* \[unknown-front-matter-key\]$/,
    );
  });
});

describe('every diagnostic', () => {
  it('has a stable code, a level and a 1-based position', () => {
    const result = compileOne(md('routes: x\nerrors: [" "]\nfoo: 1', '<b>x</b> [y](data:text/html,hi)\n\nSymptom: Z'));
    expect(codes(result).sort()).toEqual(['invalid-error-pattern', 'invalid-front-matter', 'raw-html', 'symptom-without-checks', 'unknown-front-matter-key', 'unsafe-url']);
    for (const diagnostic of result.diagnostics) {
      expect(diagnostic.line).toBeGreaterThanOrEqual(1);
      expect(diagnostic.column).toBeGreaterThanOrEqual(1);
    }
  });
});
