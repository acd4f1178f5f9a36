'use client';
export * from './react/index';
export type * from './schema/index';
export type * from './engine/types';
