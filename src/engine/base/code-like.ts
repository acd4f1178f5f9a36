/**
 * A string that reads as an error code: `STRIPE_NOT_CONNECTED`, `ECONNRESET`, `auth/invalid-email`.
 * Shared by the error reader (normalize-error.ts) and the shell's head start (split/early-files.ts).
 */
export const CODE_LIKE = /^(?:[A-Z][A-Z0-9]*(?:[_.:/-][A-Z0-9]+)*|[A-Za-z][A-Za-z0-9]*(?:[_.:/-][A-Za-z0-9]+)+)$/;
