/**
 * What the two seeds (../shared/seeds/000 and 002) say, written out by hand as
 * the expected shape of the sample content. The seeds are the source of truth:
 * when content/ drifts from them (a check dropped, reordered or reworded), the
 * tests that compare against these fixtures fail.
 */

/** Seed 000: each section heading, its symptoms, and their checks in order. */
export const oxvoSeed: { group: string; title: string; checks: string[] }[] = [
  {
    group: 'Installation And Setup Issues',
    title: 'Inbox setup completes but no conversations arrive',
    checks: [
      'Verify channel credentials are valid.',
      'Confirm inbox has assigned agents.',
      'Send a controlled test message.',
      'Confirm the channel is in an active/connected state in the Channels screen.',
    ],
  },
  {
    group: 'Login And Auth Issues',
    title: 'User cannot sign in after MFA prompt',
    checks: [
      'Confirm OTP/backup code path.',
      'Confirm user MFA enrollment state.',
      'Confirm MFA policy is enabled in Security settings.',
      'Ask an admin to confirm allowed login methods and MFA policy.',
    ],
  },
  {
    group: 'OXVO Sessions Capture Issues',
    title: 'Sessions snippet installed but no sessions appear',
    checks: [
      'Verify install tracker completion.',
      'Confirm Install Tracker does not show setup warnings.',
      'Verify capture code is live on the same site or app you are testing.',
      'Generate a new controlled session.',
      'Confirm the same account context is used for both messaging and Sessions.',
    ],
  },
  {
    group: 'OXVO Sessions Capture Issues',
    title: 'Session exists but does not appear in expected list',
    checks: [
      'Confirm role has required Sessions permission.',
      'Check account/workspace context.',
      'Check route filters and query params.',
      'Test with an administrator account to isolate permission issues.',
    ],
  },
  {
    group: 'Masking And Privacy Issues',
    title: 'Sensitive values still visible in replay',
    checks: [
      'Confirm masking rules are enabled.',
      'Test against a fresh session after rule updates.',
      'Validate no sensitive fields are being copied into metadata/events.',
      'Confirm masking policy was applied to the correct environment.',
    ],
  },
  {
    group: 'Permissions Issues',
    title: 'Agent cannot access expected page',
    checks: [
      'Confirm role and custom role mapping.',
      'Confirm feature is enabled for account/plan.',
      'Test with a known admin account.',
      'Verify the sidebar item appears for admin but not for restricted roles as expected.',
    ],
  },
  {
    group: 'Integration Issues',
    title: 'Webhooks not firing',
    checks: [
      'Verify webhook URL and event subscriptions.',
      'Trigger matching event.',
      'Inspect downstream receiver logs.',
      'Confirm timeout and retry behavior expectations.',
      'Confirm webhook is created under Settings → Developer → Webhooks in the correct account.',
    ],
  },
  {
    group: 'Performance, Retention, And Storage Issues',
    title: 'High load or storage growth',
    checks: [
      'Review capture sampling strategy.',
      'Review retention policy.',
      'Reduce nonessential event volume.',
      'Validate storage quotas and retention windows with your platform owner.',
    ],
  },
];

/** Seed 002: the articles its symptom map links, by the id of the article written for each. */
export const ochreSymptomArticles: { id: string; title: string; mapLine: string }[] = [
  { id: 'not-getting-replies', title: 'Not getting replies', mapLine: 'Customers send replies but nothing shows up in the inbox.' },
  { id: 'ai-not-drafting', title: 'AI not drafting', mapLine: 'The AI agent has gone quiet. No drafts, no auto-sends, no labels.' },
  { id: 'slack-not-routing', title: 'Slack not routing', mapLine: 'Slack stopped getting new conversation pings.' },
  { id: 'stripe-not-showing', title: 'Stripe not showing', mapLine: 'Customer 360 shows no Stripe data.' },
  { id: 'widget-not-loading', title: 'Widget not loading', mapLine: 'The chat widget is missing on your site.' },
  { id: 'migration-stuck', title: 'Migration stuck', mapLine: 'A migration import has been running for hours.' },
  { id: 'linear-disconnects', title: 'Linear disconnects', mapLine: 'Linear keeps disconnecting.' },
  /** Not in the overview's map: its "4. Permissions" bucket links it ("roles explained", "roles and permissions"). */
  { id: 'roles-and-permissions', title: 'Roles and permissions', mapLine: 'If a teammate cannot see something or cannot perform an action, the cause is almost always their role.' },
];

export const ochreOverviewId = 'troubleshooting-overview';
export const ochreSupportId = 'contacting-support';

/** Seed 002, "Five-minute first pass". */
export const fiveMinuteFirstPass = [
  'Settings → Integrations. Anything yellow or red? Click the card and reconnect.',
  'Settings → Channels. Is the master toggle for the relevant channel still on?',
  'Settings → Domains. Are DKIM, SPF and MX all green for your sending domain?',
  'AI settings. Is the mode set to what you expect, and are spend caps not exhausted?',
  'Refresh the browser tab. A stale session can mask a fix that already landed.',
];

/** Seed 002, "When to escalate … Include:". */
export const ochreEscalationDetails = [
  'Your workspace slug.',
  'A conversation ID, customer email, or screenshot.',
  'The exact time the issue started, in your local time zone.',
  'What you have already tried.',
];

/** Seed 002, "A quick mental model": the buckets that have articles in the sample. */
export const ochreBuckets = ['Integrations', 'Channels', 'AI', 'Permissions'];

/**
 * Issue #2's table: the route and error context of each symptom. Errors are
 * written the way the compiler parses them (`status 401`, `code X`), so the
 * comparison is on parsed patterns, not on spelling.
 */
export const contextTable: {
  helpCenter: 'oxvo' | 'ochre';
  /** Oxvo: the symptom title. Ochre: the id of the symptom's article. */
  symptom: string;
  routes: string[];
  errors: string[];
}[] = [
  { helpCenter: 'oxvo', symptom: 'Inbox setup completes but no conversations arrive', routes: ['/inboxes/:inboxId'], errors: ['code CHANNEL_DISCONNECTED'] },
  { helpCenter: 'oxvo', symptom: 'User cannot sign in after MFA prompt', routes: ['/login/mfa'], errors: ['status 401', 'code MFA_CODE_INVALID'] },
  { helpCenter: 'oxvo', symptom: 'Sessions snippet installed but no sessions appear', routes: ['/sessions'], errors: ['code SESSIONS_NO_DATA'] },
  { helpCenter: 'oxvo', symptom: 'Session exists but does not appear in expected list', routes: ['/sessions/:sessionId'], errors: ['status 403', 'code SESSIONS_FORBIDDEN'] },
  { helpCenter: 'oxvo', symptom: 'Sensitive values still visible in replay', routes: ['/sessions/:sessionId/replay'], errors: ['code MASKING_RULE_NOT_APPLIED'] },
  // "Any route": no route pattern at all, so a 403 anywhere can open it but no page opens it on its own.
  { helpCenter: 'oxvo', symptom: 'Agent cannot access expected page', routes: [], errors: ['status 403'] },
  { helpCenter: 'oxvo', symptom: 'Webhooks not firing', routes: ['/settings/developer/webhooks/**'], errors: ['code WEBHOOK_DELIVERY_FAILED'] },
  { helpCenter: 'oxvo', symptom: 'High load or storage growth', routes: ['/settings/storage'], errors: ['status 507', 'code STORAGE_QUOTA_EXCEEDED'] },
  { helpCenter: 'ochre', symptom: 'not-getting-replies', routes: ['/inbox/**'], errors: ['code INBOUND_EMAIL_REJECTED'] },
  { helpCenter: 'ochre', symptom: 'ai-not-drafting', routes: ['/ai/**'], errors: ['code AI_SPEND_CAP_REACHED', 'code AI_KEY_INVALID'] },
  { helpCenter: 'ochre', symptom: 'slack-not-routing', routes: ['/settings/channels/slack'], errors: ['code SLACK_CHANNEL_DISABLED'] },
  { helpCenter: 'ochre', symptom: 'stripe-not-showing', routes: ['/customers/:customerId'], errors: ['code STRIPE_NOT_CONNECTED'] },
  { helpCenter: 'ochre', symptom: 'widget-not-loading', routes: ['/settings/channels/widget'], errors: ['code WIDGET_CSP_BLOCKED'] },
  { helpCenter: 'ochre', symptom: 'migration-stuck', routes: ['/settings/migration/**'], errors: ['code MIGRATION_STALLED'] },
  { helpCenter: 'ochre', symptom: 'linear-disconnects', routes: ['/settings/integrations/linear'], errors: ['status 401', 'code LINEAR_TOKEN_REVOKED'] },
];

/**
 * Host diagnostic names the sample content binds checks to. The demo implements
 * these; /work/notes/readme-content.md documents them.
 */
export const sampleDiagnostics = {
  oxvo: [
    'channel-credentials-valid',
    'inbox-has-agents',
    'channel-connected',
    'mfa-enrolled',
    'mfa-policy-enabled',
    'sessions-install-complete',
    'install-tracker-clear',
    'sessions-permission-granted',
    'masking-rules-enabled',
    'feature-enabled-for-plan',
    'webhook-endpoint-reachable',
  ],
  ochre: [
    'integrations-healthy',
    'channels-enabled',
    'domain-records-valid',
    'email-channel-enabled',
    'outbound-domain-verified',
    'spend-cap-remaining',
    'ai-key-valid',
    'slack-channel-enabled',
    'slack-connected',
    'stripe-connected',
    'linear-connected',
    'widget-snippet-present',
    'widget-channel-enabled',
  ],
} as const;

/** App paths the sample content links to (`app:/…`); the demo implements a screen for each. */
export const sampleAppLinks = {
  oxvo: ['/channels', '/settings/security', '/settings/install-tracker', '/settings/developer/webhooks'],
  ochre: [
    '/settings/integrations',
    '/settings/integrations/stripe',
    '/settings/integrations/linear',
    '/settings/channels',
    '/settings/channels/slack',
    '/settings/channels/widget',
    '/settings/domains',
    '/settings/team',
    '/ai/settings',
  ],
} as const;
