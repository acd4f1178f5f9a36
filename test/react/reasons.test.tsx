import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDevelopmentBuild, reasonLine } from '../../src/react/reason-line';
import { panelLabels } from '../../src/react/labels';
import type { Reason } from '../../src/engine/types';
import { expectNoAxeViolations, renderHelp } from './fixtures/render-help';

const dialog = () => within(screen.getByRole('dialog'));
const reason = (kind: Reason['kind'], pattern: string, value: string): Reason => ({ kind, pattern, value, inherited: false });

describe('given a symptom the route suggested', () => {
  it('says so in plain words, without the pattern, by default', async () => {
    renderHelp({ route: '/settings/webhooks/endpoints', defaultOpen: true });
    expect(dialog().getByText('Suggested for this page')).toBeInTheDocument();
    expect(dialog().queryByText(/\/settings\/webhooks/)).not.toBeInTheDocument();
    expect(screen.getByRole('dialog').querySelector('[data-help-part="reasons-debug"]')).toBeNull();
    await expectNoAxeViolations();
  });

  it('adds the developer line with the matched pattern when debug is on', async () => {
    renderHelp({ route: '/settings/webhooks/endpoints', defaultOpen: true, debug: true });
    expect(dialog().getByText('Suggested for this page')).toBeInTheDocument();
    expect(await dialog().findByText(/^Suggested because route \/settings\/webhooks\/endpoints matched \/settings\/webhooks/)).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('takes the host’s wording from labels', () => {
    renderHelp({ route: '/settings/webhooks', defaultOpen: true, labels: { suggestedForPage: 'Passend zu dieser Seite' } });
    expect(dialog().getByText('Passend zu dieser Seite')).toBeInTheDocument();
  });
});

describe('given a symptom the error suggested', () => {
  it('names the error code the user just saw', () => {
    renderHelp({ route: '/settings/webhooks', error: { code: 'WEBHOOK_TIMEOUT' }, defaultOpen: true });
    expect(dialog().getByText('Suggested for the error you just saw: WEBHOOK_TIMEOUT')).toBeInTheDocument();
  });

  it('passes the error to a replaced label', () => {
    renderHelp({ error: { status: 402 }, defaultOpen: true, labels: { suggestedForError: (shown) => `Wegen des Fehlers ${shown ?? ''}` } });
    expect(dialog().getByText('Wegen des Fehlers 402')).toBeInTheDocument();
  });
});

describe('given reasons as data, reasonLine', () => {
  it('prefers the error over the route, and never shows a message or a pattern', () => {
    expect(reasonLine([reason('error-code', 'WEBHOOK_*', 'WEBHOOK_DELIVERY_FAILED'), reason('route', '/inbox/**', '/inbox/1')], panelLabels)).toBe(
      'Suggested for the error you just saw: WEBHOOK_DELIVERY_FAILED',
    );
    expect(reasonLine([reason('message', 'message:quota*', 'quota exceeded for jane@example.com')], panelLabels)).toBe('Suggested for the error you just saw');
    expect(reasonLine([reason('status-class', '5xx', '503')], panelLabels)).toBe('Suggested for the error you just saw: 503');
    expect(reasonLine([reason('route', '/inbox/**', '/inbox/conversations/1289')], panelLabels)).toBe('Suggested for this page');
    expect(reasonLine([reason('related-search', 'webhook failed', '')], panelLabels)).toBe('Possibly related to the error you just saw');
    expect(reasonLine([], panelLabels)).toBeNull();
  });
});

describe('given the build the panel runs in', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('counts only a development build as one where debug detail shows by default', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(isDevelopmentBuild()).toBe(true);
    vi.stubEnv('NODE_ENV', 'production');
    expect(isDevelopmentBuild()).toBe(false);
    vi.stubEnv('NODE_ENV', 'test');
    expect(isDevelopmentBuild()).toBe(false);
  });
});
