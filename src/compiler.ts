export * from './compiler/index';
export * from './schema/index';
