import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HelpEvent } from '../../../src/engine/events/events';
import type { DiagnosticOutcome, Diagnostics } from '../../../src/engine/support/run-diagnostics';
import type { Symptom } from '../../../src/schema/help-index';
import { CheckStatus } from '../../../src/react/support/check-status';
import { DiagnosticsSummary } from '../../../src/react/support/diagnostics-summary';
import { useDiagnostics } from '../../../src/react/support/use-diagnostics';
import { expectNoAxeViolations } from './axe';
import { check, symptom } from './fixtures';
import { watchUnhandledRejections } from '../../helpers/watch-unhandled-rejections';

const { unhandled } = watchUnhandledRejections();
afterEach(() => {
  vi.restoreAllMocks();
});

const checks = [
  check('channel', 'channel-connected', 'The email channel is connected'),
  check('domain', 'domain-verified', 'The sending domain is verified'),
  check('refresh', undefined, 'Refresh the tab'),
];
const webhooks = symptom(checks);

interface HarnessProps {
  diagnostics: Diagnostics;
  symptom?: Symptom | null;
  enabled?: boolean;
  timeoutMs?: number;
  onResult?: (outcome: DiagnosticOutcome) => void;
  onNavigate?: (to: string) => void;
  onEvent?: (event: HelpEvent) => void;
}

/** A minimal checklist, as the panel would mount the pieces. */
function Harness({ diagnostics, symptom: s = webhooks, enabled = true, timeoutMs, onResult, onNavigate, onEvent }: HarnessProps) {
  const run = useDiagnostics({
    symptom: s,
    diagnostics,
    route: '/settings/channels',
    error: null,
    enabled,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(onResult ? { onResult } : {}),
    ...(onEvent ? { onEvent } : {}),
  });
  return (
    <main>
      <ul>
        {s?.checks.map((c) => (
          <li key={c.id} data-check-id={c.id}>
            {c.text} <CheckStatus state={run.states[c.id]} {...(onNavigate ? { onNavigate } : {})} />
          </li>
        ))}
      </ul>
      <DiagnosticsSummary status={run.status} counts={run.counts} onRunAgain={run.runAgain} />
    </main>
  );
}

const item = (id: string) => document.querySelector(`[data-check-id="${id}"]`)!;

describe('given a symptom whose checks are bound to diagnostics', () => {
  it('shows checking, then each result, and announces the totals', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { container } = render(
      <Harness
        diagnostics={{
          'channel-connected': async () => {
            await gate;
            return { ok: true, detail: 'Connected' };
          },
          'domain-verified': async () => {
            await gate;
            return { ok: false, detail: 'DKIM missing', fix: { label: 'Open domains', to: '/settings/domains' } };
          },
        }}
      />,
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Checking 2 items…'));
    expect(item('channel')).toHaveTextContent('Checking…');
    expect(item('refresh').querySelector('[data-help-part="diagnostic-status"]')).toBeNull();
    await expectNoAxeViolations(container);
    await act(async () => release());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 passed, 1 failed.'));
    expect(item('channel')).toHaveTextContent('Passed — Connected');
    expect(item('domain')).toHaveTextContent('Failed — DKIM missing');
    await expectNoAxeViolations(container);
  });

  it('reports each outcome so the panel can tick passing checks', async () => {
    const onResult = vi.fn();
    render(<Harness diagnostics={{ 'channel-connected': () => ({ ok: true }) }} onResult={onResult} />);
    await waitFor(() => expect(onResult).toHaveBeenCalledWith(expect.objectContaining({ checkId: 'channel', status: 'passed' }), webhooks));
  });

  it('emits diagnostic-finished for each settled diagnostic', async () => {
    const events: HelpEvent[] = [];
    render(
      <Harness
        diagnostics={{ 'channel-connected': () => ({ ok: true }), 'domain-verified': () => Promise.reject(new Error('x')) }}
        onEvent={(e) => events.push(e)}
      />,
    );
    await waitFor(() => expect(events).toHaveLength(2));
    expect(events.map((e) => e.type === 'diagnostic-finished' && [e.checkId, e.status, e.symptomId])).toEqual(
      expect.arrayContaining([
        ['channel', 'passed', webhooks.id],
        ['domain', 'unknown', webhooks.id],
      ]),
    );
  });

  it('points a failing check at its fix through onNavigate', async () => {
    const onNavigate = vi.fn();
    render(
      <Harness
        diagnostics={{ 'domain-verified': async () => ({ ok: false, fix: { label: 'Open domains', to: '/settings/domains' } }) }}
        onNavigate={onNavigate}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Open domains' }));
    expect(onNavigate).toHaveBeenCalledWith('/settings/domains');
  });

  it('does nothing without diagnostics, or while disabled', () => {
    const diagnostic = vi.fn(async () => ({ ok: true as const }));
    render(<Harness diagnostics={{ 'channel-connected': diagnostic }} enabled={false} />);
    render(<Harness diagnostics={{}} />);
    expect(diagnostic).not.toHaveBeenCalled();
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('given diagnostics that misbehave', () => {
  it('shows could not check for one that throws, without an unhandled rejection', async () => {
    const { container } = render(
      <Harness
        diagnostics={{
          'channel-connected': () => {
            throw new Error('host bug');
          },
          'domain-verified': () => Promise.reject(new Error('network down')),
        }}
      />,
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('0 passed, 0 failed, 2 could not be checked.'));
    expect(item('channel')).toHaveTextContent('Could not check — The check failed to run.');
    await expectNoAxeViolations(container);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(unhandled).toEqual([]);
  });

  it('shows could not check for one that never settles, and the rest of the panel keeps working', async () => {
    render(
      <Harness
        timeoutMs={30}
        diagnostics={{ 'channel-connected': () => new Promise(() => {}), 'domain-verified': async () => ({ ok: true }) }}
      />,
    );
    await waitFor(() => expect(item('domain')).toHaveTextContent('Passed'));
    await waitFor(() => expect(item('channel')).toHaveTextContent('Could not check — The check took too long.'));
    expect(screen.getByRole('button', { name: 'Run checks again' })).toBeEnabled();
  });
});

describe('given the panel closes while checks run', () => {
  it('aborts the diagnostics on unmount', async () => {
    let signal: AbortSignal | undefined;
    const { unmount } = render(
      <Harness
        diagnostics={{
          'channel-connected': (ctx) => {
            signal = ctx.signal;
            return new Promise(() => {});
          },
        }}
      />,
    );
    await waitFor(() => expect(signal).toBeDefined());
    unmount();
    expect(signal?.aborted).toBe(true);
  });

  it('aborts when disabled and forgets the results', async () => {
    let signal: AbortSignal | undefined;
    const diagnostics: Diagnostics = {
      'channel-connected': (ctx) => {
        signal = ctx.signal;
        return new Promise(() => {});
      },
    };
    const { rerender } = render(<Harness diagnostics={diagnostics} />);
    await waitFor(() => expect(item('channel')).toHaveTextContent('Checking…'));
    rerender(<Harness diagnostics={diagnostics} enabled={false} />);
    expect(signal?.aborted).toBe(true);
    expect(item('channel')).not.toHaveTextContent('Checking…');
  });
});

describe('given the user asks to run checks again', () => {
  it('runs every diagnostic again and shows the new answer', async () => {
    let calls = 0;
    render(<Harness diagnostics={{ 'channel-connected': async () => ({ ok: ++calls > 1 }) }} />);
    await waitFor(() => expect(item('channel')).toHaveTextContent('Failed'));
    await userEvent.click(screen.getByRole('button', { name: 'Run checks again' }));
    await waitFor(() => expect(item('channel')).toHaveTextContent('Passed'));
    expect(calls).toBe(2);
  });

  it('ignores answers from an earlier run of another symptom', async () => {
    let resolveOld!: (value: { ok: boolean }) => void;
    const other = symptom([check('other', 'channel-connected', 'Other check')], 'other#one', 'Other');
    const diagnostics: Diagnostics = {
      'channel-connected': ({ symptom: s }) =>
        s.id === webhooks.id ? new Promise((resolve) => (resolveOld = resolve)) : Promise.resolve({ ok: true }),
    };
    const { rerender } = render(<Harness diagnostics={diagnostics} />);
    await waitFor(() => expect(resolveOld).toBeDefined());
    rerender(<Harness diagnostics={diagnostics} symptom={other} />);
    await waitFor(() => expect(item('other')).toHaveTextContent('Passed'));
    await act(async () => resolveOld({ ok: false }));
    expect(screen.getByRole('status')).toHaveTextContent('1 passed, 0 failed.');
  });
});

describe('given StrictMode', () => {
  it('settles on one result per check', async () => {
    const onResult = vi.fn();
    render(
      <StrictMode>
        <Harness diagnostics={{ 'channel-connected': async () => ({ ok: true }) }} onResult={onResult} />
      </StrictMode>,
    );
    await waitFor(() => expect(item('channel')).toHaveTextContent('Passed'));
    expect(onResult).toHaveBeenCalledTimes(1);
  });
});
