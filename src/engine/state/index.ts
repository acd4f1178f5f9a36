// What the panel keeps in the user's browser: checklist progress and its storage, the unsent
// escalation note, a user's data and clearing it, storage failures, and the visit's log.
// Imports: the schema, the engine's types, base/ and support/ (the visit log's search cap).
export * from './escalation-draft-store';
export * from './help-data';
export * from './help-storage-error';
export * from './progress-storage';
export * from './progress-store';
export * from './visit-log';
