// Matching: route patterns, error patterns and error tables, what the engine makes of an
// error (normalize-error), the matcher over an index, the split index's match keys, and the
// reasons a match rests on, as data and as a sentence.
// Imports: the schema, the engine's types and base/.
export * from './describe-reason';
export * from './error-matcher';
export * from './error-pattern';
export * from './match-keys';
export * from './match';
export * from './normalize-error';
export * from './normalize-route';
export * from './route-pattern';
export * from './route-regex';
