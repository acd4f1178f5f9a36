// Search: the tokenizer and its languages (folding, stemming, segmenting), the search data the
// compiler precomputes, the index that runs a query, the related search for errors no pattern
// names, and when a typed query counts as searched.
// Imports: the schema, the engine's types, base/ and match/ (types only: search is its own chunk).
export * from './engine-search';
export * from './fold-word';
export * from './related-search';
export * from './search-commit';
export * from './search-index';
export * from './search-language';
export * from './search';
export * from './term-key';
export * from './tokenize';
