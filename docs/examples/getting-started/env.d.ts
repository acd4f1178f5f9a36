// src/env.d.ts: types for `import index from 'virtual:help-panel'`, next to Vite's own.
/// <reference types="vite/client" />
/// <reference types="help-panel/client" />
