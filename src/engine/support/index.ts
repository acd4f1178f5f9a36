// Support: running the host's diagnostics with a timeout, and the escalation payload, its
// plain-text summary and its mailto link.
// Imports: the schema, the engine's types and base/.
export * from './escalation-mailto';
export * from './escalation-summary';
export * from './escalation';
export * from './run-diagnostics';
export * from './time-zone';
