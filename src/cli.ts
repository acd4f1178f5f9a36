// The `help-panel` command lands with the compiler.
export {};
