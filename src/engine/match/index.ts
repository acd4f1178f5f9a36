// Matching: route patterns, error patterns and error tables, what the engine makes of an
// error (normalize-error, and read-error-body for a fetch Response's body), how messages are
// compared (message-text, loose-error-matcher), the matcher over an index, the split index's
// match keys, and the reasons a match rests on, as data and as a sentence.
// Imports: the schema, the engine's types and base/.
export * from './describe-reason';
export * from './error-matcher';
export * from './error-pattern';
export * from './loose-error-matcher';
export * from './match-keys';
export * from './match';
export * from './message-text';
export * from './normalize-error';
export * from './normalize-route';
export * from './read-error-body';
export * from './route-pattern';
export * from './route-regex';
