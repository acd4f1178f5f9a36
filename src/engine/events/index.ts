// Events: the documented event types, emitting them without letting a host callback throw,
// and the batcher that sends them.
// Imports: the schema, the engine's types and support/ (types of what events carry).
export * from './event-batcher';
export * from './events';
export * from './safe-call';
