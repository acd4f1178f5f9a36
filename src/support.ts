'use client';
// `help-panel/support`: the diagnostics, escalation and feedback parts on their own, for
// layouts of your own. `<HelpPanel />` already shows all of them; it loads them lazily, which
// only works while the main entry does not re-export them.
export * from './react/support/index';
