export * from './help-index';
export * from './diagnostic';
