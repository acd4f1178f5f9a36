/**
 * The demo's fake product: for each help center, the pages of the foundation
 * issue's table and the error each page can raise. `path` is a concrete page
 * for the route pattern the content declares.
 */
export type HelpCenterId = 'oxvo' | 'ochre';

export interface Scenario {
  /** Stable id, used in test selectors. */
  id: string;
  /** The symptom the panel should open on. */
  symptom: string;
  /** A page of the fake product where the symptom happens. */
  path: string;
  /** The route pattern as the table writes it. */
  pattern: string;
  /** Page name shown in the navigation. */
  page: string;
  /** The error the page's API call fails with. */
  error: { code?: string; status?: number; message: string };
  /**
   * The status of the failing fetch `Response`. A Response carries a status,
   * not a code, so rows without a status in the table use a plausible one.
   */
  responseStatus: number;
}

export interface HelpCenterDemo {
  id: HelpCenterId;
  product: string;
  tagline: string;
  scenarios: Scenario[];
}

export const HELP_CENTERS: HelpCenterDemo[] = [
  {
    id: 'oxvo',
    product: 'Oxvo',
    tagline: 'Customer messaging with Sessions replay',
    scenarios: [
      {
        id: 'inbox-no-conversations',
        symptom: 'Inbox setup completes but no conversations arrive',
        path: '/inboxes/support-inbox',
        pattern: '/inboxes/:inboxId',
        page: 'Inbox: Support',
        error: { code: 'CHANNEL_DISCONNECTED', message: 'The email channel is disconnected' },
        responseStatus: 409,
      },
      {
        id: 'mfa-sign-in',
        symptom: 'User cannot sign in after MFA prompt',
        path: '/login/mfa',
        pattern: '/login/mfa',
        page: 'Sign in: MFA',
        error: { code: 'MFA_CODE_INVALID', status: 401, message: 'The one-time code was not accepted' },
        responseStatus: 401,
      },
      {
        id: 'sessions-none',
        symptom: 'Sessions snippet installed but no sessions appear',
        path: '/sessions',
        pattern: '/sessions',
        page: 'Sessions',
        error: { code: 'SESSIONS_NO_DATA', message: 'No sessions were captured yet' },
        responseStatus: 404,
      },
      {
        id: 'session-hidden',
        symptom: 'Session exists but does not appear in expected list',
        path: '/sessions/s_1842',
        pattern: '/sessions/:sessionId',
        page: 'Session s_1842',
        error: { code: 'SESSIONS_FORBIDDEN', status: 403, message: 'You cannot view this session' },
        responseStatus: 403,
      },
      {
        id: 'masking',
        symptom: 'Sensitive values still visible in replay',
        path: '/sessions/s_1842/replay',
        pattern: '/sessions/:sessionId/replay',
        page: 'Replay of s_1842',
        error: { code: 'MASKING_RULE_NOT_APPLIED', message: 'A masking rule did not apply' },
        responseStatus: 422,
      },
      {
        id: 'agent-access',
        symptom: 'Agent cannot access expected page',
        path: '/reports/team',
        pattern: 'any route',
        page: 'Team reports',
        error: { status: 403, message: 'Forbidden' },
        responseStatus: 403,
      },
      {
        id: 'webhooks',
        symptom: 'Webhooks not firing',
        path: '/settings/developer/webhooks/wh_204',
        pattern: '/settings/developer/webhooks and below',
        page: 'Webhook wh_204',
        error: { code: 'WEBHOOK_DELIVERY_FAILED', message: 'Webhook delivery failed' },
        responseStatus: 502,
      },
      {
        id: 'storage',
        symptom: 'High load or storage growth',
        path: '/settings/storage',
        pattern: '/settings/storage',
        page: 'Storage',
        error: { code: 'STORAGE_QUOTA_EXCEEDED', status: 507, message: 'Storage quota exceeded' },
        responseStatus: 507,
      },
    ],
  },
  {
    id: 'ochre',
    product: 'Ochre',
    tagline: 'A support inbox with an AI agent',
    scenarios: [
      {
        id: 'no-replies',
        symptom: 'Not getting replies',
        path: '/inbox/conversations/1289',
        pattern: '/inbox and below',
        page: 'Conversation 1289',
        error: { code: 'INBOUND_EMAIL_REJECTED', message: 'Inbound email was rejected' },
        responseStatus: 422,
      },
      {
        id: 'ai-drafting',
        symptom: 'AI not drafting',
        path: '/ai/drafts',
        pattern: '/ai and below',
        page: 'AI drafts',
        error: { code: 'AI_SPEND_CAP_REACHED', message: 'The AI spend cap was reached' },
        responseStatus: 402,
      },
      {
        id: 'slack',
        symptom: 'Slack not routing',
        path: '/settings/channels/slack',
        pattern: '/settings/channels/slack',
        page: 'Slack channel',
        error: { code: 'SLACK_CHANNEL_DISABLED', message: 'The Slack channel is disabled' },
        responseStatus: 409,
      },
      {
        id: 'stripe',
        symptom: 'Stripe not showing',
        path: '/customers/cus_81',
        pattern: '/customers/:customerId',
        page: 'Customer cus_81',
        error: { code: 'STRIPE_NOT_CONNECTED', message: 'Stripe is not connected' },
        responseStatus: 424,
      },
      {
        id: 'widget',
        symptom: 'Widget not loading',
        path: '/settings/channels/widget',
        pattern: '/settings/channels/widget',
        page: 'Chat widget',
        error: { code: 'WIDGET_CSP_BLOCKED', message: 'The site blocked the widget script' },
        responseStatus: 424,
      },
      {
        id: 'migration',
        symptom: 'Migration stuck',
        path: '/settings/migration/zendesk',
        pattern: '/settings/migration and below',
        page: 'Migration from Zendesk',
        error: { code: 'MIGRATION_STALLED', message: 'The migration stopped making progress' },
        responseStatus: 503,
      },
      {
        id: 'linear',
        symptom: 'Linear disconnects',
        path: '/settings/integrations/linear',
        pattern: '/settings/integrations/linear',
        page: 'Linear integration',
        error: { code: 'LINEAR_TOKEN_REVOKED', status: 401, message: 'The Linear token was revoked' },
        responseStatus: 401,
      },
    ],
  },
];

export function helpCenterDemo(id: string): HelpCenterDemo {
  return HELP_CENTERS.find((center) => center.id === id) ?? HELP_CENTERS[0]!;
}

export function scenarioAt(center: HelpCenterDemo, path: string): Scenario | undefined {
  return center.scenarios.find((scenario) => scenario.path === path);
}
