// The split index: the manifest, the loader that fetches chunks, match files and shards once
// each, the chunk codec, which chunk holds an article, the stand-ins for records not yet
// loaded, and search over the shards.
// Imports: the schema, the engine's types, base/, match/ and search/.
export * from './chunk-codec';
export * from './chunk-of';
export * from './early-fetch';
export * from './early-files';
export * from './index-loader';
export * from './split-search';
export * from './stub-records';
