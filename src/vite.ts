// The Vite plugin lands with the "ship it" issue.
export {};
