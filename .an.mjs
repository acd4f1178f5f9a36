// ../../tmp/an/an.ts
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

// src/schema/help-index.ts
var HELP_INDEX_FORMAT = "help-panel-index";
var HELP_MANIFEST_VERSION = 2;
var FILE_HASH_LENGTH = 8;
var CHUNK_TABLE_SIZE = 256;
var HOME_LIST_LIMIT = 20;

// src/engine/chunk-of.ts
function chunkOf(articleId, count) {
  let hash = 2166136261;
  for (let i = 0; i < articleId.length; i++) {
    hash ^= articleId.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return count > 0 ? hash % count : 0;
}

// src/engine/match-keys.ts
var isDynamic = (segment) => segment.startsWith(":") || segment.includes("*") || segment.endsWith("?");
var ROUTE_KEY_DEPTH = 4;
function routePatternKey(pattern) {
  const segments = pattern.split("/").filter((segment) => segment !== "");
  if (segments.some((segment) => segment.endsWith("?"))) return "r*";
  const parts = [];
  for (const segment of segments.slice(0, ROUTE_KEY_DEPTH)) {
    if (segment === "**") return `r/${[...parts, "**"].join("/")}`;
    parts.push(isDynamic(segment) ? "*" : segment.toLowerCase());
  }
  return `r/${parts.join("/")}`;
}
function errorPatternKey(pattern) {
  switch (pattern.kind) {
    case "code": {
      const glob = pattern.glob;
      if (glob.length >= 2 && glob[0] !== "*" && glob[1] !== "*") return `c/${glob.slice(0, 2)}`;
      return glob.length >= 1 && glob[0] !== "*" ? `c/${glob[0]}` : "c*";
    }
    case "status":
      return `s/${pattern.status}`;
    case "status-class":
      return `s/${pattern.status}xx`;
    case "name":
      return "n";
    case "message":
      return "m";
    default:
      return "*";
  }
}
function contextKeys(context) {
  const keys = /* @__PURE__ */ new Set();
  for (const route of context.routes) if (typeof route === "string") keys.add(routePatternKey(route));
  for (const pattern of context.errors) if (pattern && typeof pattern === "object") keys.add(errorPatternKey(pattern));
  return [...keys];
}

// src/engine/inline-text.ts
function inlineText(nodes) {
  let out = "";
  for (const node of Array.isArray(nodes) ? nodes : []) {
    switch (node?.type) {
      case "text":
      case "inlineCode":
        out += node.value;
        break;
      case "break":
        out += " ";
        break;
      case "image":
        out += node.alt;
        break;
      case "emphasis":
      case "strong":
      case "link":
        out += inlineText(node.children);
        break;
    }
  }
  return out;
}
function bodyText(blocks) {
  const lines = [];
  const walk = (nodes) => {
    for (const node of Array.isArray(nodes) ? nodes : []) {
      switch (node?.type) {
        case "paragraph":
        case "heading":
        case "symptom":
          lines.push(inlineText(node.children));
          break;
        case "code":
          lines.push(node.value);
          break;
        case "blockquote":
          walk(node.children);
          break;
        case "list":
          for (const item of Array.isArray(node.items) ? node.items : []) walk(item?.children);
          break;
        case "table":
          for (const row of Array.isArray(node.rows) ? node.rows : []) if (Array.isArray(row)) lines.push(row.map(inlineText).join(" "));
          break;
      }
    }
  };
  walk(blocks);
  return lines.join("\n");
}

// src/engine/chunk-codec.ts
var collapse = (text) => text.replace(/\s+/g, " ").trim();
var same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function carriers(body) {
  const inList = /* @__PURE__ */ new Map();
  const loose = /* @__PURE__ */ new Map();
  const walk = (nodes) => {
    for (const node of Array.isArray(nodes) ? nodes : []) {
      if (typeof node !== "object" || node === null) continue;
      switch (node.type) {
        case "list":
          for (const item of Array.isArray(node.items) ? node.items : []) {
            const lead = item?.children?.[0];
            if (node.symptomId !== void 0 && item?.checkId !== void 0 && lead?.type === "paragraph") {
              inList.set(`${node.symptomId}
${item.checkId}`, lead.children);
            }
            walk(item?.children ?? []);
          }
          break;
        case "paragraph":
        case "heading":
          if (node.checkId !== void 0 && !loose.has(node.checkId)) loose.set(node.checkId, node.children);
          break;
        case "blockquote":
          walk(node.children);
          break;
      }
    }
  };
  walk(body);
  return { inList, loose };
}
function checkIdsOf(body) {
  const out = [];
  const walk = (nodes) => {
    for (const node of Array.isArray(nodes) ? nodes : []) {
      if (typeof node !== "object" || node === null) continue;
      if ((node.type === "paragraph" || node.type === "heading") && node.checkId !== void 0) out.push(node.checkId);
      else if (node.type === "blockquote") walk(node.children);
      else if (node.type === "list") {
        for (const item of Array.isArray(node.items) ? node.items : []) {
          if (item?.checkId !== void 0) out.push(item.checkId);
          walk(item?.children ?? []);
        }
      }
    }
  };
  walk(body);
  return out;
}
var MAX_DERIVED_SUMMARY = 280;
function derivedSummary(text) {
  return text.length > MAX_DERIVED_SUMMARY ? `${text.slice(0, MAX_DERIVED_SUMMARY - 1).replace(/\s+\S*$/, "")}\u2026` : text;
}
function blockTexts(body) {
  const texts = [];
  return (i) => texts[i] ??= collapse(bodyText([body[i]]));
}
function summarySource(body, text, summary) {
  for (let i = 0; i < body.length; i++) {
    const node = body[i];
    if (node?.type === "paragraph" && node.checkId === void 0 && derivedSummary(text(i)) === summary) return i;
  }
  return -1;
}
function descriptionSource(body, text, description) {
  if (description === "") return void 0;
  for (let i = 0; i < body.length; i++) {
    let joined = text(i);
    if (joined === "" || !description.startsWith(joined)) continue;
    for (let n = 1; i + n <= body.length; n++) {
      if (n > 1) joined = `${joined} ${text(i + n - 1)}`;
      if (joined === description) return [i, n];
      if (joined.length >= description.length || !description.startsWith(joined)) break;
    }
  }
  return void 0;
}
function runOf(sequence, ids, from) {
  if (ids.length === 0) return -1;
  for (let start = from; start + ids.length <= sequence.length; start++) {
    if (ids.every((id, j) => sequence[start + j] === id)) return start;
  }
  return from > 0 ? runOf(sequence, ids, 0) : -1;
}
function headingsOf(body) {
  const out = [];
  const walk = (nodes) => {
    for (const node of Array.isArray(nodes) ? nodes : []) {
      if (node?.type === "heading") out.push({ id: node.id, depth: node.depth, text: collapse(inlineText(node.children)) });
      else if (node?.type === "blockquote") walk(node.children);
      else if (node?.type === "list") for (const item of node.items ?? []) walk(item?.children ?? []);
    }
  };
  walk(body);
  return out;
}
function linksOf(body) {
  const out = [];
  const inline = (nodes) => {
    for (const node of Array.isArray(nodes) ? nodes : []) {
      if (node?.type === "link") {
        out.push({ text: collapse(inlineText(node.children)), target: node.target });
        inline(node.children);
      } else if (node?.type === "emphasis" || node?.type === "strong") inline(node.children);
    }
  };
  const walk = (nodes) => {
    for (const node of Array.isArray(nodes) ? nodes : []) {
      switch (node?.type) {
        case "paragraph":
        case "heading":
        case "symptom":
          inline(node.children);
          break;
        case "blockquote":
          walk(node.children);
          break;
        case "list":
          for (const item of node.items ?? []) walk(item?.children ?? []);
          break;
        case "table":
          for (const row of node.rows ?? []) for (const cell of row ?? []) inline(cell);
          break;
      }
    }
  };
  walk(body);
  return out;
}
function checkFrom(encoded, symptomId, found, file) {
  const content = encoded.content ?? found.inList.get(`${symptomId}
${encoded.id}`) ?? found.loose.get(encoded.id) ?? [];
  return {
    id: encoded.id,
    text: encoded.text ?? collapse(inlineText(content)),
    content,
    ...encoded.diagnostic !== void 0 ? { diagnostic: encoded.diagnostic } : {},
    ...typeof encoded.revision === "string" ? { revision: encoded.revision } : {},
    source: { file, line: Array.isArray(encoded.at) ? encoded.at[0] : 1, column: Array.isArray(encoded.at) ? encoded.at[1] : 1 }
  };
}
function encodeChunk(chunk) {
  const files = new Map(chunk.articles.map((article) => [article.id, article.source.file]));
  const positions = new Map(chunk.articles.map((article, i) => [article.id, i]));
  const found = /* @__PURE__ */ new Map();
  const carriersOf = (articleId) => {
    let entry = found.get(articleId);
    if (!entry) found.set(articleId, entry = carriers(chunk.bodies[articleId] ?? []));
    return entry;
  };
  const sequences = /* @__PURE__ */ new Map();
  const sequenceOf = (articleId) => {
    let entry = sequences.get(articleId);
    if (!entry) sequences.set(articleId, entry = { ids: checkIdsOf(chunk.bodies[articleId] ?? []), next: 0 });
    return entry;
  };
  const symptomIdsOf = /* @__PURE__ */ new Map();
  for (const symptom of chunk.symptoms) {
    const list = symptomIdsOf.get(symptom.articleId);
    if (list) list.push(symptom.id);
    else symptomIdsOf.set(symptom.articleId, [symptom.id]);
  }
  const texts = /* @__PURE__ */ new Map();
  const textsOf = (articleId) => {
    let entry = texts.get(articleId);
    if (!entry) texts.set(articleId, entry = blockTexts(chunk.bodies[articleId] ?? []));
    return entry;
  };
  const articles = chunk.articles.map((article) => {
    const body = chunk.bodies[article.id] ?? [];
    const { headings, links, symptomIds, summary, ...rest } = article;
    const from = summary === "" ? -1 : summarySource(body, textsOf(article.id), summary);
    const { source } = article;
    const named = `${article.id}.md`;
    const folder = source.file === named ? "" : source.file.endsWith(`/${named}`) ? source.file.slice(0, -named.length) : void 0;
    return {
      ...rest,
      summary: from >= 0 ? from : summary,
      source: source.line !== 1 || source.column !== 1 ? source : folder !== void 0 && folder !== "" ? folder : folder === "" ? "/" : source.file,
      ...same(symptomIdsOf.get(article.id) ?? [], symptomIds) ? {} : { symptomIds },
      ...same(headingsOf(body), headings) ? {} : { headings },
      ...same(linksOf(body), links) ? {} : { links }
    };
  });
  const symptoms = chunk.symptoms.map((symptom) => {
    const file = files.get(symptom.articleId) ?? symptom.source.file;
    const { checks, source, id, articleId, description, ...rest } = symptom;
    const position = positions.get(articleId);
    const described = descriptionSource(chunk.bodies[articleId] ?? [], textsOf(articleId), description);
    const sequence = sequenceOf(articleId);
    const ids = checks.map((check) => check.id);
    const start = position === void 0 ? -1 : runOf(sequence.ids, ids, sequence.next);
    if (start >= 0) sequence.next = start + ids.length;
    return {
      ...id === `${articleId}#${symptom.slug}` && position !== void 0 ? {} : { id },
      ...position === void 0 ? { articleId } : { a: position },
      ...rest,
      ...described ? { d: described } : { description },
      ...start >= 0 ? { k: start } : {},
      at: [source.line, source.column],
      checks: checks.map((check, j) => {
        const previous = j === 0 ? source.line : checks[j - 1].source.line;
        const encoded = {
          id: check.id,
          at: check.source.column === 1 && check.source.line >= previous ? check.source.line - previous : [check.source.line, check.source.column],
          ...check.diagnostic !== void 0 ? { diagnostic: check.diagnostic } : {},
          ...check.revision !== void 0 ? { revision: check.revision } : {}
        };
        const rebuilt = checkFrom({ ...encoded, id: check.id, at: [check.source.line, check.source.column] }, symptom.id, carriersOf(articleId), file);
        if (!same(rebuilt.content, check.content)) encoded.content = check.content;
        if (collapse(inlineText(check.content)) !== check.text) encoded.text = check.text;
        if (start >= 0) delete encoded.id;
        return encoded;
      })
    };
  });
  const bodies = {};
  for (const [id, body] of Object.entries(chunk.bodies)) bodies[id] = packBlocks(body, `${id}#`);
  return { format: chunk.format, version: chunk.version, kind: "chunk", articles, symptoms, bodies };
}
function trim(list) {
  let end = list.length;
  while (end > 0 && list[end - 1] === void 0) end--;
  return list.slice(0, end);
}
function packInline(node) {
  switch (node.type) {
    case "text":
      return node.value;
    case "emphasis":
      return ["e", node.children.map(packInline)];
    case "strong":
      return ["s", node.children.map(packInline)];
    case "inlineCode":
      return ["c", node.value];
    case "break":
      return ["b"];
    case "link":
      return trim(["a", node.target, node.children.map(packInline), node.title]);
    case "image":
      return trim(["i", node.src, node.alt, node.title]);
    default:
      return node;
  }
}
var packSymptomId = (id, prefix) => id !== void 0 && prefix !== "" && id.startsWith(prefix) && !id.includes("#", prefix.length) ? id.slice(prefix.length) : id;
function packBlocks(blocks, prefix = "") {
  return blocks.map((node) => {
    switch (node.type) {
      case "paragraph":
        return trim(["p", node.children.map(packInline), node.checkId]);
      case "heading":
        return trim(["h", node.depth, node.id, node.children.map(packInline), packSymptomId(node.symptomId, prefix), node.checkId]);
      case "list":
        return trim([
          "l",
          node.ordered ? 1 : 0,
          node.items.map((item) => trim([packBlocks(item.children, prefix), item.checked, item.checkId])),
          node.start,
          packSymptomId(node.symptomId, prefix),
          node.loose ? 1 : void 0
        ]);
      case "code":
        return trim(["k", node.value, node.lang]);
      case "blockquote":
        return ["q", packBlocks(node.children, prefix)];
      case "table":
        return ["t", node.align, node.rows.map((row) => row.map((cell) => cell.map(packInline)))];
      case "symptom":
        return ["y", packSymptomId(node.symptomId, prefix), node.children.map(packInline)];
      default:
        return node;
    }
  });
}

// src/engine/term-key.ts
var KEY_LENGTH = 3;
function termKey(term) {
  const chars = Array.from(term);
  return chars.length <= KEY_LENGTH ? term : chars.slice(0, KEY_LENGTH).join("");
}

// src/engine/error-pattern.ts
var ALLOWED_REGEX_FLAGS = /* @__PURE__ */ new Set(["i", "m", "s", "u"]);
var ERROR_NAME = /^[A-Z][A-Za-z0-9]*Error$/;
function parseErrorPattern(input) {
  if (typeof input === "number") return parseStatus(String(input), input);
  const raw = input.trim();
  if (raw === "") return { error: "an error pattern is empty; write a code (STRIPE_*), a status (401, 5xx), a name (TypeError) or message:text" };
  if (/^\d+$/.test(raw)) return parseStatus(raw, Number(raw));
  const statusClass = /^([1-5])xx$/i.exec(raw);
  if (statusClass) return { kind: "status-class", raw, status: Number(statusClass[1]) };
  if (/^\d[\dx]*$/i.test(raw)) {
    return { error: `"${raw}" looks like an HTTP status but is not one; write a status such as 404 or a class such as 4xx` };
  }
  if (raw.startsWith("/")) return parseRegex(raw);
  const prefixed = /^(code|name|message):(.*)$/s.exec(raw);
  if (prefixed) {
    const kind = prefixed[1];
    const value = (prefixed[2] ?? "").trim();
    if (value === "") return { error: `"${raw}" has nothing after "${kind}:"; write what to match, e.g. ${kind}:${example(kind)}` };
    if (kind === "message") return { kind: "message", raw, glob: value };
    if (kind === "name" && /\s/.test(value)) return { error: `"${raw}" contains a space; names have none (use message:\u2026 to match text)` };
    if (kind === "name") return { kind: "name", raw, name: value };
    return codePattern(raw, value);
  }
  if (/\s/.test(raw)) {
    return {
      error: `"${raw}" contains a space, so it is not read as an error code; to match the error message write "message:${raw}", or "code:${raw}" if your API returns it as the code`
    };
  }
  if (ERROR_NAME.test(raw)) return { kind: "name", raw, name: raw };
  return codePattern(raw, raw);
}
function parseStatus(raw, status) {
  if (Number.isInteger(status) && status >= 100 && status <= 599) return { kind: "status", raw, status };
  return { error: `"${raw}" is not an HTTP status (100\u2013599); write a status such as 404 or a class such as 4xx` };
}
function codePattern(raw, glob) {
  if (/^\*+$/.test(glob)) {
    return { error: `"${raw}" would match every error code; write a narrower pattern such as STRIPE_*` };
  }
  return { kind: "code", raw, glob };
}
function parseRegex(raw) {
  const end = raw.lastIndexOf("/");
  if (end <= 0) return { error: `"${raw}" starts like a regular expression but has no closing "/"; write /pattern/ or /pattern/i` };
  const source = raw.slice(1, end);
  const flags = raw.slice(end + 1);
  if (source === "") return { error: `"${raw}" is an empty regular expression; write what the message should contain` };
  for (const flag of flags) {
    if (!ALLOWED_REGEX_FLAGS.has(flag)) {
      return { error: `"${raw}" uses the flag "${flag}"; allowed flags are i, m, s and u` };
    }
  }
  if (new Set(flags).size !== flags.length) return { error: `"${raw}" repeats a flag; write each flag once` };
  try {
    new RegExp(source, flags);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { error: `"${raw}" is not a valid regular expression (${reason}); fix it or use message:text for plain text` };
  }
  return { kind: "message", raw, regex: { source, flags } };
}
function example(kind) {
  return kind === "code" ? "E_TIMEOUT" : kind === "name" ? "AbortError" : "quota*";
}

// src/engine/tokenize.ts
var WORD = /[\p{L}\p{N}]+/gu;
var STOP_WORDS = new Set(
  "a an the is are was were be been being am i me my mine we us our you your it its this that these those to of in on at for from by with and or but so if then than as do does did doing done can could should would will shall may might must why how what when where which who whom there here have has had having just about into onto over any some also very too please help t s m d ll re ve not no cannot cant can dont doesnt didnt isnt wont never".split(" ")
);
function fold(word) {
  const lower = word.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize("NFD").replace(/\p{M}+/gu, "") : lower;
}
var VOWEL = /[aeiouy]/;
function stem(word) {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length > 4 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}
function undouble(w) {
  const last = w[w.length - 1];
  return w.length > 2 && last === w[w.length - 2] && last !== void 0 && !"lsz".includes(last) && !VOWEL.test(last) ? w.slice(0, -1) : w;
}
function indexTerms(text, cache) {
  const terms = /* @__PURE__ */ new Set();
  for (const found of text.matchAll(WORD)) {
    const raw = found[0];
    let term = cache?.get(raw);
    if (term === void 0) {
      const word = fold(raw);
      term = STOP_WORDS.has(word) ? "" : stem(word);
      cache?.set(raw, term);
    }
    if (term !== "") terms.add(term);
  }
  return [...terms];
}

// src/engine/search-index.ts
var SEARCH_DATA_VERSION = 1;
function errorWords(context) {
  const words = [];
  for (const pattern of context?.errors ?? []) {
    if (pattern?.kind === "code" && !pattern.glob.includes("*")) words.push(pattern.glob);
    else if (pattern?.kind === "status") words.push(String(pattern.status));
  }
  return words;
}
function symptomFields(symptom, article) {
  return [
    [symptom.title],
    article && article.title !== symptom.title ? [article.title] : [],
    [symptom.description, symptom.group ?? ""].filter((s) => s !== ""),
    [.../* @__PURE__ */ new Set([...symptom.aliases, ...article?.aliases ?? []])],
    // Error codes and statuses are searchable too: users paste the code a toast showed them.
    [.../* @__PURE__ */ new Set([...symptom.tags, ...article?.tags ?? [], ...errorWords(symptom.context ?? article?.context)])],
    symptom.checks.map((check) => check.text),
    // A symptom's own words are above; its article's summary places it (body).
    article?.summary ? [article.summary] : []
  ];
}
function articleFields(article, body) {
  return [[article.title], [], article.summary ? [article.summary] : [], article.aliases, article.tags, [], body ? [bodyText(body)] : []];
}
function searchRecords(index2) {
  const articles = new Map(index2.articles.map((article) => [article.id, article]));
  const records = [];
  for (const symptom of index2.symptoms) {
    const article = articles.get(symptom.articleId);
    if (article) records.push({ ref: symptom.id, symptom, article, fields: symptomFields(symptom, article) });
  }
  for (const article of index2.articles) {
    if (article.symptomIds.length === 0) {
      records.push({ ref: article.id, article, fields: articleFields(article, index2.bodies?.[article.id]) });
    }
  }
  return records;
}
function buildSearchData(index2) {
  const records = searchRecords(index2);
  const postingsByTerm = /* @__PURE__ */ new Map();
  const termCache = /* @__PURE__ */ new Map();
  records.forEach((record, recordIndex) => {
    const bits = /* @__PURE__ */ new Map();
    record.fields.forEach((texts, bit) => {
      for (const text of texts) {
        for (const term of indexTerms(text, termCache)) bits.set(term, (bits.get(term) ?? 0) | 1 << bit);
      }
    });
    for (const [term, fieldBits] of bits) {
      let list = postingsByTerm.get(term);
      if (!list) postingsByTerm.set(term, list = []);
      list.push(recordIndex, fieldBits);
    }
  });
  const terms = [...postingsByTerm.keys()].sort();
  const postings = terms.map((term) => {
    const list = postingsByTerm.get(term) ?? [];
    const encoded = [];
    let previous = 0;
    for (let i = 0; i < list.length; i += 2) {
      const recordIndex = list[i] ?? 0;
      encoded.push(recordIndex - previous, list[i + 1] ?? 0);
      previous = recordIndex;
    }
    return encoded;
  });
  return { version: SEARCH_DATA_VERSION, refs: records.map((record) => record.ref), terms, postings };
}
function isEngineSearchData(data) {
  if (typeof data !== "object" || data === null) return false;
  const candidate = data;
  return candidate.version === SEARCH_DATA_VERSION && Array.isArray(candidate.refs) && Array.isArray(candidate.terms) && Array.isArray(candidate.postings) && candidate.terms.length === candidate.postings.length;
}

// src/compiler/split-index.ts
function contentHash(text) {
  let a = 2654435769 ^ text.length;
  let b = 2246822507 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 2246822519);
    b = Math.imul(b ^ c, 3266489917);
    a ^= a >>> 15;
    b ^= b >>> 13;
  }
  a = Math.imul(a ^ a >>> 16, 2146121005) ^ Math.imul(b ^ b >>> 15, 2221713035);
  a ^= a >>> 16;
  return (a >>> 0).toString(16).padStart(FILE_HASH_LENGTH, "0");
}
var hasContext = (context) => !!context && (context.routes.length > 0 || context.errors.length > 0);
function packErrorPattern(pattern) {
  return JSON.stringify(parseErrorPattern(pattern.raw)) === JSON.stringify(pattern) ? pattern.raw : pattern;
}
function splitIndex(index2, options = {}) {
  const chunkBytes = options.chunkBytes ?? 48e3;
  const shardBytes = options.shardBytes ?? 24e3;
  const groupSize = options.groupSize ?? 64;
  const keysPerPage = Math.max(1, options.keysPerPage ?? 64);
  const matchBytes = options.matchBytes ?? 3e3;
  const header = { format: HELP_INDEX_FORMAT, version: HELP_MANIFEST_VERSION };
  const files = [];
  const symptomsByArticle = /* @__PURE__ */ new Map();
  for (const symptom of index2.symptoms) {
    const list = symptomsByArticle.get(symptom.articleId);
    if (list) list.push(symptom);
    else symptomsByArticle.set(symptom.articleId, [symptom]);
  }
  let totalBytes = 0;
  for (const article of index2.articles) {
    totalBytes += JSON.stringify(article).length + JSON.stringify(index2.bodies[article.id] ?? []).length;
    for (const symptom of symptomsByArticle.get(article.id) ?? []) totalBytes += JSON.stringify(symptom).length;
  }
  const chunkCount = Math.max(1, Math.round(totalBytes / chunkBytes));
  const chunks = Array.from({ length: chunkCount }, () => ({ ...header, kind: "chunk", articles: [], symptoms: [], bodies: {} }));
  for (const article of index2.articles) {
    const chunk = chunks[chunkOf(article.id, chunkCount)];
    chunk.articles.push(article);
    chunk.symptoms.push(...symptomsByArticle.get(article.id) ?? []);
    chunk.bodies[article.id] = index2.bodies[article.id] ?? [];
  }
  const add = (kind, number, text) => {
    const hash = contentHash(text);
    files.push({ name: `${kind}${number}.${hash}.json`, text });
    return hash;
  };
  const chunkHashes = chunks.map((chunk, i) => add("c", i, JSON.stringify(encodeChunk(chunk)))).join("");
  let tableHashes = "";
  for (let first = 0; first < chunkCount; first += CHUNK_TABLE_SIZE) {
    const table = { ...header, kind: "chunks", first, hashes: chunkHashes.slice(first * FILE_HASH_LENGTH, (first + CHUNK_TABLE_SIZE) * FILE_HASH_LENGTH) };
    tableHashes += add("t", first / CHUNK_TABLE_SIZE, JSON.stringify(table));
  }
  const data = isEngineSearchData(index2.search) ? index2.search : buildSearchData(index2);
  const shards = [];
  let start = 0;
  while (start < data.terms.length) {
    let end = start;
    let bytes = 0;
    while (end < data.terms.length && (end === start || bytes < shardBytes)) {
      const key = termKey(data.terms[end]);
      while (end < data.terms.length && termKey(data.terms[end]) === key) {
        bytes += data.terms[end].length + 4 + JSON.stringify(data.postings[end]).length;
        end++;
      }
    }
    const shard = { ...header, kind: "shard", terms: data.terms.slice(start, end), postings: data.postings.slice(start, end) };
    shards.push([termKey(data.terms[start]), add("s", shards.length, JSON.stringify(shard))]);
    start = end;
  }
  const records = searchRecords(index2);
  const groups = [];
  for (let first = 0; first < records.length; first += groupSize) {
    const slice = records.slice(first, first + groupSize);
    const group2 = {
      ...header,
      kind: "records",
      first,
      refs: slice.map((record) => record.ref),
      // Title, article title, aliases, tags: what phrases and highlights read (descriptions are in the chunks).
      fields: slice.map((record) => {
        const fields = record.fields.slice(0, 5).map((values, i) => i === 2 ? [] : [...values]);
        while (fields.length > 0 && fields[fields.length - 1].length === 0) fields.pop();
        return fields;
      })
    };
    groups.push(add("r", groups.length, JSON.stringify(group2)));
  }
  const articles = new Map(index2.articles.map((article) => [article.id, article]));
  const recordOfSymptom = new Map(index2.symptoms.map((symptom, i) => [symptom.id, i]));
  const symptomsByKey = /* @__PURE__ */ new Map();
  for (const symptom of index2.symptoms) {
    const article = articles.get(symptom.articleId);
    if (!article) continue;
    const context = symptom.context ?? article.context;
    if (!hasContext(context)) continue;
    for (const key of contextKeys(context)) {
      const list = symptomsByKey.get(key);
      if (list) list.push(symptom);
      else symptomsByKey.set(key, [symptom]);
    }
  }
  const sortedKeys = [...symptomsByKey.keys()].sort();
  const keys = [];
  let group = { keys: [], symptoms: /* @__PURE__ */ new Set(), bytes: 0 };
  let fileCount = 0;
  const closeGroup = () => {
    if (group.keys.length === 0) return;
    const stubs = [];
    const symptoms = [];
    const numbers = /* @__PURE__ */ new Map();
    for (const symptom of [...group.symptoms].sort((a, b) => (recordOfSymptom.get(a.id) ?? 0) - (recordOfSymptom.get(b.id) ?? 0))) {
      const article = articles.get(symptom.articleId);
      let number = numbers.get(article.id);
      if (number === void 0) {
        number = stubs.length;
        numbers.set(article.id, number);
        stubs.push([article.id, "", article.context.routes, article.context.errors.map(packErrorPattern)]);
      }
      const own = symptom.context;
      const stub = [
        number,
        symptom.slug,
        symptom.title,
        recordOfSymptom.get(symptom.id) ?? -1,
        own ? own.routes : null,
        own ? own.errors.map(packErrorPattern) : null
      ];
      if (symptom.group !== void 0) stub.push(symptom.group);
      symptoms.push(stub);
    }
    const shard = { ...header, kind: "match", articles: stubs, symptoms };
    const hash = add("m", fileCount, JSON.stringify(shard));
    for (const key of group.keys) keys.push([key, fileCount, hash]);
    fileCount++;
    group = { keys: [], symptoms: /* @__PURE__ */ new Set(), bytes: 0 };
  };
  for (const key of sortedKeys) {
    const found = symptomsByKey.get(key);
    const bytes = found.reduce((sum, symptom) => sum + symptom.title.length * 2 + 60, 0);
    if (group.bytes > 0 && group.bytes + bytes > matchBytes) closeGroup();
    group.keys.push(key);
    for (const symptom of found) group.symptoms.add(symptom);
    group.bytes += bytes;
  }
  closeGroup();
  const match = [];
  for (let first = 0; first < keys.length; first += keysPerPage) {
    const page = { ...header, kind: "keys", keys: keys.slice(first, first + keysPerPage) };
    match.push([keys[first][0], add("k", match.length, JSON.stringify(page))]);
  }
  const home = {};
  for (const article of index2.articles) {
    const list = home[article.bucket ?? ""] ??= [];
    if (list.length < HOME_LIST_LIMIT) list.push({ id: article.id, title: article.title });
  }
  const manifest = {
    ...header,
    kind: "manifest",
    helpCenter: index2.helpCenter,
    hash: index2.hash,
    buckets: index2.buckets.map(({ articleIds, ...bucket }) => ({ ...bucket, count: articleIds.length })),
    home,
    counts: { articles: index2.articles.length, symptoms: index2.symptoms.length },
    match,
    chunkCount,
    chunks: tableHashes,
    search: { version: data.version, records: data.refs.length, groupSize, groups: groups.join(""), shards }
  };
  const manifestText = JSON.stringify(manifest);
  return { manifest, manifestName: `manifest.${contentHash(manifestText)}.json`, manifestText, files };
}

// ../../tmp/an/an.ts
var { index, md } = JSON.parse(readFileSync("/tmp/an/index-" + (process.env.N ?? "10000") + ".json", "utf8"));
var gz = (s) => gzipSync(s, { level: 9 }).length;
var opts = JSON.parse(process.argv[2] ?? "{}");
var t = performance.now();
var split = splitIndex(index, opts);
console.log("split ms", (performance.now() - t).toFixed(0));
var m = split.manifest;
console.log("manifest gz", gz(split.manifestText), "raw", split.manifestText.length);
for (const k of Object.keys(m)) console.log("  ", k, gz(JSON.stringify(m[k])), JSON.stringify(m[k]).length);
for (const k of Object.keys(m.search)) console.log("   search.", k, gz(JSON.stringify(m.search[k])));
var kinds = {};
for (const f of split.files) {
  const k = f.name[0];
  const g = gz(f.text);
  const e = kinds[k] ??= { n: 0, gz: 0, raw: 0, max: 0 };
  e.n++;
  e.gz += g;
  e.raw += f.text.length;
  e.max = Math.max(e.max, g);
}
var total = gz(split.manifestText);
for (const [k, e] of Object.entries(kinds)) {
  total += e.gz;
  console.log(k, e.n, "gz", e.gz, "avg", Math.round(e.gz / e.n), "max", e.max, "raw", e.raw);
}
console.log("md gz", md, "total", total, (total / md).toFixed(3));
