// The engine's base: what every room stands on — the error an unreadable index raises, the
// index's validation, the text of inline nodes, hashing, JSON-safe copies and choosing a locale.
// Imports: the schema only.
export * from './code-like';
export * from './hash-text';
export * from './help-index-error';
export * from './inline-text';
export * from './locale';
export * from './to-json-safe';
export * from './validate-index';
