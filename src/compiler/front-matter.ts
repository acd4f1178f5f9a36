import { isAlias, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { ErrorPattern } from '../schema/help-index';
import { parseErrorPattern, parseErrorTable } from '../engine/match/index';
import { compileRoutePattern } from '../engine/match/index';
import { didYouMeanHint } from './did-you-mean';
import type { LineColumn } from './line-index';
import type { Reporter } from './reporter';
import { slugify } from './slugify';

/**
 * An article's front matter after validation: the source of truth for the
 * authoring format (the README's reference table is written from it).
 * Every key is optional in the file; lists default to empty.
 */
export interface FrontMatter {
  /** Article id, a slug such as `webhooks`. Default: the file name's slug. */
  id?: string;
  /** Default: the first `#` heading, else the id. */
  title?: string;
  /** One line for lists and search. Default: the first paragraph. */
  summary?: string;
  /** Bucket title ("Integrations"); the bucket id is its slug. Default: none. */
  bucket?: string;
  /** Default: `[]`. */
  tags: string[];
  /** Search synonyms. Default: `[]`. */
  aliases: string[];
  /** Route patterns that open this article's symptoms. Default: `[]`. */
  routes: string[];
  /** Error patterns that open this article's symptoms. Default: `[]`. */
  errors: ErrorPattern[];
  /** Related articles: ids or relative `.md` paths. Default: `[]`. */
  related: string[];
  /** Details support needs on escalation. Default: from a "When to escalate … Include:" list, else none. */
  escalation?: string[];
  /** Per-symptom overrides keyed by the symptom's slug. Default: `{}`. */
  symptoms: Record<string, SymptomOverride>;
  /** `draft: true`: the article is left out of the index. Default: false. */
  draft?: boolean;
  /** In the root `_index.md`: the help center's default locale, a canonical BCP 47 tag. Default: `en`. */
  locale?: string;
  /** In a translation: the hash of its source's text when it was translated (see `help-panel stamp`). Default: none (no stale check). */
  sourceHash?: string;
  /** Where keys and values were written (`related.0`, `symptoms.<slug>`, `symptoms.<slug>.diagnostics.<check>`). */
  positions: Map<string, LineColumn>;
}

/** Overrides for one symptom. `routes`/`errors` replace the article's; `aliases`/`tags` add to them. */
export interface SymptomOverride {
  routes?: string[];
  errors?: ErrorPattern[];
  aliases: string[];
  tags: string[];
  /** Check id → host diagnostic name. */
  diagnostics: Record<string, string>;
  /** In a translation: the slug of the source's symptom this one translates. Default: the one at the same position. */
  source?: string;
  /** In a translation: the source check id (or slug) each check translates, in order; `null` for none. Default: by position. */
  checks?: (string | null)[];
}

/** Every key an article's front matter may hold. */
export const FRONT_MATTER_KEYS = [
  'id',
  'title',
  'summary',
  'bucket',
  'tags',
  'aliases',
  'routes',
  'errors',
  'related',
  'escalation',
  'symptoms',
  'locale',
  'sourceHash',
] as const;

/**
 * Keys that other tools (Hugo, Docusaurus, Jekyll, docs sites) write, read
 * quietly: some stand in for one of ours (`description` for `summary`,
 * `keywords`/`categories`/`topics` for `tags`, `slug` for `id`), `draft`
 * leaves the article out, the rest say nothing the panel uses (`imported` is
 * what `help-panel import` records of an article's origin).
 */
export const OTHER_TOOLS_KEYS = [
  'description',
  'keywords',
  'categories',
  'topics',
  'slug',
  'draft',
  'date',
  'lastmod',
  'authors',
  'author',
  'weight',
  'sidebar_position',
  'sidebar_label',
  'versions',
  // Written by `help-panel import`: where the article came from and the hash of the file as written.
  'imported',
] as const;

/** Every key a symptom override may hold. */
export const SYMPTOM_OVERRIDE_KEYS = ['routes', 'errors', 'aliases', 'tags', 'diagnostics', 'source', 'checks'] as const;

/** The facets an `errors` table may give (`http_status_code` as some docs sites name the status). */
export const ERROR_TABLE_KEYS = ['status', 'http_status_code', 'code', 'name', 'message'] as const;

export function emptyFrontMatter(): FrontMatter {
  return { tags: [], aliases: [], routes: [], errors: [], related: [], symptoms: Object.create(null) as Record<string, SymptomOverride>, positions: new Map() };
}

export interface ReadFrontMatterOptions {
  /**
   * Unknown key names already reported in this help center: each is reported
   * once, at its first use, not once per article. Default: a new set (once per file).
   */
  warnedKeys?: Set<string>;
}

/**
 * Validates front matter already read into a YAML node tree (see
 * `frontMatterTree`, which reads YAML, TOML and JSON alike). `at` maps an
 * offset in the block to a position in the file, so every diagnostic points at
 * the real line. Bad values are reported and left out; the rest is kept.
 */
export function readFrontMatter(
  root: Node | null,
  at: (offset: number) => LineColumn,
  reporter: Reporter,
  options: ReadFrontMatterOptions = {},
): FrontMatter {
  const result = emptyFrontMatter();
  const warnedKeys = options.warnedKeys ?? new Set<string>();
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return result;
  if (!isMap(root)) {
    reporter.error(
      'invalid-front-matter',
      `front matter must be a mapping of keys such as "title: …", but it is ${describe(root)}.`,
      at(root.range?.[0] ?? 0),
    );
    return result;
  }
  const reader = new ValueReader(at, reporter, result.positions);
  const borrowed: { tags: string[]; summary?: string; id?: string } = { tags: [] };
  for (const pair of root.items) {
    const key = reader.key(pair, 'front matter');
    if (key === undefined) continue;
    result.positions.set(key, reader.position(pair.key as Node) ?? { line: 1, column: 1 });
    const value = pair.value as Node | null;
    switch (key) {
      case 'id': {
        const id = reader.string(value, key);
        if (id === undefined) break;
        if (slugify(id, '') !== id) {
          reporter.error(
            'invalid-front-matter',
            `id "${id}" is not a slug; use lower-case letters, digits and "-", e.g. "${slugify(id, 'article')}".`,
            reader.position(value),
          );
        } else result.id = id;
        break;
      }
      case 'title':
      case 'summary':
      case 'bucket': {
        const text = reader.string(value, key);
        if (text !== undefined && text.trim() !== '') result[key] = text.trim();
        break;
      }
      case 'tags':
      case 'aliases':
        result[key] = reader.strings(value, key);
        break;
      case 'related':
        result.related = reader.strings(value, key);
        break;
      case 'escalation': {
        const details = reader.strings(value, key);
        if (details.length > 0) result.escalation = details;
        break;
      }
      case 'routes':
        result.routes = reader.routes(value, key);
        break;
      case 'errors':
        result.errors = reader.errors(value, key);
        break;
      case 'symptoms':
        result.symptoms = reader.symptoms(value);
        break;
      case 'locale': {
        const tag = reader.string(value, key);
        if (tag === undefined || tag.trim() === '') break;
        const canonical = canonicalLocale(tag.trim());
        if (canonical === undefined) {
          reporter.error(
            'invalid-front-matter',
            `locale "${tag}" is not a BCP 47 language tag; write one such as "en", "de" or "pt-BR".`,
            reader.position(value),
          );
          break;
        }
        if (canonical !== tag.trim()) {
          reporter.warning('non-canonical-locale', `locale "${tag}" is written "${canonical}"; write locale: ${canonical}.`, reader.position(value));
        }
        result.locale = canonical;
        break;
      }
      case 'sourceHash': {
        const hash = reader.string(value, key);
        if (hash === undefined) break;
        if (!/^[0-9a-f]{8,}$/i.test(hash.trim())) {
          reporter.error(
            'invalid-front-matter',
            `sourceHash "${hash}" is not a hash of 8 or more hex digits; run "help-panel stamp <this file>" to write it (quoted, sourceHash: "1a2b3c4d").`,
            reader.position(value),
          );
        } else result.sourceHash = hash.trim().toLowerCase();
        break;
      }
      case 'description': {
        const text = reader.quietString(value);
        if (text !== undefined && text.trim() !== '') borrowed.summary = text.trim();
        break;
      }
      case 'keywords':
      case 'categories':
      case 'topics':
        borrowed.tags.push(...reader.quietStrings(value));
        break;
      case 'slug': {
        // Docusaurus slugs are paths (`/docs/errors/x`): the last segment is the id.
        const text = reader.quietString(value);
        const last = text?.split('/').filter((part) => part !== '').pop();
        if (last !== undefined) borrowed.id = slugify(last, 'article');
        break;
      }
      case 'draft':
        if (isScalar(value) && (value.value === true || value.value === 'true')) result.draft = true;
        break;
      default:
        if ((OTHER_TOOLS_KEYS as readonly string[]).includes(key)) break;
        if (warnedKeys.has(key)) break;
        warnedKeys.add(key);
        reporter.warning(
          'unknown-front-matter-key',
          `unknown front-matter key "${key}"; it is ignored.${didYouMeanHint(key, [...FRONT_MATTER_KEYS, ...OTHER_TOOLS_KEYS])} Known keys: ${FRONT_MATTER_KEYS.join(', ')}; keys other tools write (${OTHER_TOOLS_KEYS.join(', ')}) are read quietly. Reported once per help center.`,
          reader.position(pair.key as Node),
        );
    }
  }
  // Our own keys win over the ones borrowed from other tools.
  if (result.summary === undefined && borrowed.summary !== undefined) result.summary = borrowed.summary;
  if (result.id === undefined && borrowed.id !== undefined) result.id = borrowed.id;
  for (const tag of borrowed.tags) if (!result.tags.includes(tag)) result.tags.push(tag);
  return result;
}

/** Reads typed values out of YAML nodes, reporting each wrong one at its position. */
class ValueReader {
  constructor(
    private readonly at: (offset: number) => LineColumn,
    private readonly reporter: Reporter,
    private readonly positions: Map<string, LineColumn>,
  ) {}

  position(node: Node | null | undefined): LineColumn | undefined {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : this.at(offset);
  }

  key(pair: Pair, where: string): string | undefined {
    const node = pair.key as Node | null;
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
    this.reporter.error('invalid-front-matter', `${where} has a key that is not text; write keys as plain words.`, this.position(node));
    return undefined;
  }

  string(node: Node | null, key: string): string | undefined {
    if (isScalar(node)) {
      if (node.value === null) return undefined;
      if (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean') {
        return String(node.value);
      }
    }
    this.wrongType(node, key, 'text', `${key}: Some text`);
    return undefined;
  }

  /** Text from a key another tool wrote: anything else is ignored, quietly, as the key is. */
  quietString(node: Node | null): string | undefined {
    return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
  }

  /** A list (or one value) of text from a key another tool wrote; other items are ignored quietly. */
  quietStrings(node: Node | null): string[] {
    if (isSeq(node)) return node.items.flatMap((item) => this.quietString(item as Node | null) ?? []).filter((text) => text.trim() !== '');
    if (isScalar(node) && typeof node.value === 'string') return node.value.split(',').map((part) => part.trim()).filter((part) => part !== '');
    return [];
  }

  /** A list of scalars as text. Numbers become text (YAML reads `401` and `2024` as numbers). */
  strings(node: Node | null, key: string, path = key): string[] {
    return this.list(node, key, path).map(({ text }) => text);
  }

  routes(node: Node | null, key: string, path = key): string[] {
    const routes: string[] = [];
    for (const { text, node: item } of this.list(node, key, path)) {
      const compiled = compileRoutePattern(text.trim());
      if ('error' in compiled) {
        this.reporter.error('invalid-route-pattern', `invalid route pattern: ${compiled.error}.`, this.position(item));
      } else routes.push(text.trim());
    }
    return routes;
  }

  errors(node: Node | null, key: string, path = key): ErrorPattern[] {
    const patterns: ErrorPattern[] = [];
    // A single table (`[errors]` in TOML, a mapping in YAML) is a list of one.
    const items = isMap(node) ? [node] : null;
    if (items === null) {
      if (node === null || (isScalar(node) && node.value === null)) return patterns;
      if (!isSeq(node)) {
        this.wrongType(node, key, 'a list', `${key.split('.').pop()}: [${isScalar(node) ? String(node.value) : 'a, b'}]`);
        return patterns;
      }
    }
    (items ?? (node as { items: unknown[] }).items).forEach((raw, index) => {
      const item = raw as Node | null;
      this.positions.set(`${path}.${index}`, this.position(item) ?? { line: 1, column: 1 });
      if (isMap(item)) {
        const table = this.errorTable(item, `${key}.${index}`);
        if (table) patterns.push(table);
        return;
      }
      if (!isScalar(item) || (typeof item.value !== 'string' && typeof item.value !== 'number')) {
        this.reporter.error(
          'invalid-front-matter',
          `item ${index + 1} of "${key}" is ${describe(item)}; write a pattern (STRIPE_*, 401, message:…) or a table { status, code, name, message }.`,
          this.position(item),
        );
        return;
      }
      const parsed = parseErrorPattern(item.value);
      if ('error' in parsed) {
        this.reporter.error('invalid-error-pattern', `invalid error pattern: ${parsed.error}.`, this.position(item));
      } else patterns.push(parsed);
    });
    return patterns;
  }

  /** `{ status | http_status_code, code, name, message }`: every facet given must match. */
  private errorTable(node: Node, where: string): ErrorPattern | undefined {
    if (!isMap(node)) return undefined;
    const facets: Record<string, string | number> = {};
    for (const pair of node.items) {
      const key = this.key(pair, where);
      if (key === undefined) continue;
      const value = pair.value as Node | null;
      if (!(ERROR_TABLE_KEYS as readonly string[]).includes(key)) {
        this.reporter.warning(
          'unknown-front-matter-key',
          `unknown key "${key}" in an error table; it is ignored.${didYouMeanHint(key, ERROR_TABLE_KEYS)} An error table gives ${ERROR_TABLE_KEYS.join(', ')}.`,
          this.position(pair.key as Node),
        );
        continue;
      }
      if (isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number') && String(value.value).trim() !== '') {
        facets[key] = value.value;
      } else if (!(isScalar(value) && (value.value === null || value.value === ''))) {
        this.wrongType(value, `${where}.${key}`, 'text or a number', `${key}: ${key === 'status' || key === 'http_status_code' ? '422' : 'some_value'}`);
      }
    }
    const parsed = parseErrorTable(facets);
    if ('error' in parsed) {
      this.reporter.error('invalid-error-pattern', `invalid error table: ${parsed.error}.`, this.position(node));
      return undefined;
    }
    return parsed;
  }

  symptoms(node: Node | null): Record<string, SymptomOverride> {
    // No prototype: a symptom slugged "constructor" or "__proto__" must be an ordinary key.
    const overrides: Record<string, SymptomOverride> = Object.create(null) as Record<string, SymptomOverride>;
    if (node === null || (isScalar(node) && node.value === null)) return overrides;
    if (!isMap(node)) {
      this.wrongType(node, 'symptoms', 'a mapping from symptom slug to overrides', 'symptoms:\n  webhooks-not-firing:\n    routes: [/settings/webhooks]');
      return overrides;
    }
    for (const pair of node.items) {
      const slug = this.key(pair, 'symptoms');
      if (slug === undefined) continue;
      const path = `symptoms.${slug}`;
      this.positions.set(path, this.position(pair.key as Node) ?? { line: 1, column: 1 });
      const override: SymptomOverride = { aliases: [], tags: [], diagnostics: Object.create(null) as Record<string, string> };
      overrides[slug] = override;
      const value = pair.value as Node | null;
      if (value === null || (isScalar(value) && value.value === null)) continue;
      if (!isMap(value)) {
        this.wrongType(value, path, `a mapping of ${SYMPTOM_OVERRIDE_KEYS.join(', ')}`, `${slug}:\n    routes: [/inbox]`);
        continue;
      }
      for (const inner of value.items) {
        const key = this.key(inner, path);
        if (key === undefined) continue;
        const innerValue = inner.value as Node | null;
        const innerPath = `${path}.${key}`;
        switch (key) {
          case 'routes':
            override.routes = this.routes(innerValue, innerPath, innerPath);
            break;
          case 'errors':
            override.errors = this.errors(innerValue, innerPath, innerPath);
            break;
          case 'aliases':
          case 'tags':
            override[key] = this.strings(innerValue, innerPath, innerPath);
            break;
          case 'diagnostics':
            override.diagnostics = this.bindings(innerValue, innerPath);
            break;
          case 'source': {
            const text = this.string(innerValue, innerPath);
            if (text !== undefined && text.trim() !== '') override.source = text.trim();
            this.positions.set(innerPath, this.position(innerValue) ?? this.position(inner.key as Node) ?? { line: 1, column: 1 });
            break;
          }
          case 'checks':
            override.checks = this.checkMapping(innerValue, innerPath);
            break;
          default:
            this.reporter.warning(
              'unknown-front-matter-key',
              `unknown key "${key}" in the overrides of symptom "${slug}"; it is ignored.${didYouMeanHint(key, SYMPTOM_OVERRIDE_KEYS)} Known keys: ${SYMPTOM_OVERRIDE_KEYS.join(', ')}.`,
              this.position(inner.key as Node),
            );
        }
      }
    }
    return overrides;
  }

  /** `checks: [a, ~, b]`: the source check each translated check stands for, `null` (`~`) for none. */
  private checkMapping(node: Node | null, path: string): (string | null)[] | undefined {
    if (!isSeq(node)) {
      this.wrongType(node, path, 'a list of source check ids (~ for a check with none)', 'checks: [verify-the-url, ~, check-the-logs]');
      return undefined;
    }
    this.positions.set(path, this.position(node) ?? { line: 1, column: 1 });
    return node.items.map((item, index) => {
      const itemNode = item as Node | null;
      this.positions.set(`${path}.${index}`, this.position(itemNode) ?? this.position(node) ?? { line: 1, column: 1 });
      if (itemNode === null || (isScalar(itemNode) && (itemNode.value === null || itemNode.value === ''))) return null;
      if (isScalar(itemNode) && (typeof itemNode.value === 'string' || typeof itemNode.value === 'number')) return String(itemNode.value).trim();
      this.reporter.error(
        'invalid-front-matter',
        `item ${index + 1} of "${path}" is ${describe(itemNode)}; write a source check id, or ~ for a check with no counterpart.`,
        this.position(itemNode),
      );
      return null;
    });
  }

  private bindings(node: Node | null, path: string): Record<string, string> {
    const bindings: Record<string, string> = Object.create(null) as Record<string, string>;
    if (node === null || (isScalar(node) && node.value === null)) return bindings;
    if (!isMap(node)) {
      this.wrongType(node, path, 'a mapping from check id to diagnostic name', 'diagnostics:\n      verify-the-url: webhook-endpoint-reachable');
      return bindings;
    }
    for (const pair of node.items) {
      const checkId = this.key(pair, path);
      if (checkId === undefined) continue;
      const name = this.string(pair.value as Node | null, `${path}.${checkId}`);
      if (name === undefined || name.trim() === '') continue;
      bindings[checkId] = name.trim();
      this.positions.set(`${path}.${checkId}`, this.position(pair.key as Node) ?? { line: 1, column: 1 });
      this.positions.set(`${path}.${checkId}=`, this.position(pair.value as Node) ?? { line: 1, column: 1 });
    }
    return bindings;
  }

  private list(node: Node | null, key: string, path: string): { text: string; value: string | number; node: Node }[] {
    if (node === null || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) {
      const example = isScalar(node) ? `${key.split('.').pop()}: [${String(node.value)}]` : `${key.split('.').pop()}: [a, b]`;
      this.wrongType(node, key, 'a list', example);
      return [];
    }
    const items: { text: string; value: string | number; node: Node }[] = [];
    node.items.forEach((item, index) => {
      const itemNode = item as Node | null;
      if (isScalar(itemNode) && (typeof itemNode.value === 'string' || typeof itemNode.value === 'number')) {
        const value = itemNode.value;
        items.push({ text: String(value), value, node: itemNode });
        this.positions.set(`${path}.${index}`, this.position(itemNode) ?? { line: 1, column: 1 });
      } else {
        this.reporter.error(
          'invalid-front-matter',
          `item ${index + 1} of "${key}" is ${describe(itemNode)}; every item must be text. Quote it or write it as a plain value.`,
          this.position(itemNode),
        );
      }
    });
    return items;
  }

  private wrongType(node: Node | null, key: string, expected: string, example: string): void {
    this.reporter.error(
      'invalid-front-matter',
      `"${key}" must be ${expected}, but it is ${describe(node)}; write it like: ${example}`,
      this.position(node),
    );
  }
}

/** A short description of a YAML node for messages: `the text "x"`, `a list`, `a mapping`. */
function describe(node: unknown): string {
  if (node === null || node === undefined) return 'empty';
  if (isAlias(node)) return 'an alias (*name), which front matter does not support';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    if (node.value === null) return 'empty';
    const text = String(node.value);
    return `${typeof node.value === 'string' ? 'the text' : `the ${typeof node.value}`} "${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
  }
  return 'not a value';
}

/** The canonical form of a BCP 47 tag (`pt-br` → `pt-BR`, `pt_BR` too), or undefined when it is not one. */
export function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}
