export * from './engine/index';
export * from './schema/index';
