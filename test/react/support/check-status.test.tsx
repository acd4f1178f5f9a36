import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DiagnosticState } from '../../../src/engine/support/run-diagnostics';
import { CheckStatus } from '../../../src/react/support/check-status';
import { checkStatusView } from '../../../src/react/support/check-status-view';
import { DiagnosticsSummary } from '../../../src/react/support/diagnostics-summary';
import { expectNoAxeViolations } from './axe';

describe('given each diagnostic state', () => {
  const states: [string, DiagnosticState, RegExp][] = [
    ['running', { status: 'running' }, /Checking…/],
    ['passed', { status: 'passed', detail: 'Slack is connected' }, /Passed — Slack is connected/],
    ['failed', { status: 'failed', detail: 'Email channel is paused' }, /Failed — Email channel is paused/],
    ['unknown', { status: 'unknown', reason: 'timeout', message: 'x' }, /Could not check — The check took too long\./],
  ];

  it.each(states)('shows %s accessibly', async (_name, state, text) => {
    const { container } = render(<CheckStatus state={state} />);
    expect(container.textContent).toMatch(text);
    expect(container.firstElementChild).toHaveAttribute('data-status', state.status);
    await expectNoAxeViolations(container);
  });

  it('renders nothing when idle or unknown to it', () => {
    expect(render(<CheckStatus state={{ status: 'idle' }} />).container).toBeEmptyDOMElement();
    expect(render(<CheckStatus state={undefined} />).container).toBeEmptyDOMElement();
  });

  it('shows the diagnostic’s own words when it reported it could not tell', () => {
    render(<CheckStatus state={{ status: 'unknown', reason: 'reported-unknown', message: 'x', detail: 'No permission' }} />);
    expect(screen.getByText(/No permission/)).toBeInTheDocument();
  });
});

describe('given a failed check with a fix', () => {
  const failed: DiagnosticState = { status: 'failed', detail: 'Paused', fix: { label: 'Open channels', to: '/settings/channels' } };

  it('sends the user to the fix through onNavigate', async () => {
    const onNavigate = vi.fn();
    const { container } = render(<CheckStatus state={failed} onNavigate={onNavigate} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open channels' }));
    expect(onNavigate).toHaveBeenCalledWith('/settings/channels');
    await expectNoAxeViolations(container);
  });

  it('shows the fix as text when the host cannot navigate', () => {
    render(<CheckStatus state={failed} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/Open channels/)).toBeInTheDocument();
  });

  it('uses replaced labels', () => {
    render(<CheckStatus state={failed} labels={{ failed: 'Fehlgeschlagen' }} />);
    expect(screen.getByText('Fehlgeschlagen')).toBeInTheDocument();
  });
});

describe('given a finished run', () => {
  it('announces the totals once and reruns on request', async () => {
    const onRunAgain = vi.fn();
    const { container } = render(
      <DiagnosticsSummary status="done" counts={{ running: 0, passed: 2, failed: 1, unknown: 1 }} onRunAgain={onRunAgain} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 passed, 1 failed, 1 could not be checked.');
    await userEvent.click(screen.getByRole('button', { name: 'Run checks again' }));
    expect(onRunAgain).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('cannot be rerun while running', () => {
    render(<DiagnosticsSummary status="running" counts={{ running: 3, passed: 0, failed: 0, unknown: 0 }} onRunAgain={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('Checking 3 items…');
    expect(screen.getByRole('button', { name: 'Run checks again' })).toBeDisabled();
  });
});

describe('the accessibility check used by these tests', () => {
  it('catches a button without a name', async () => {
    const { container } = render(<button type="button" />);
    await expect(expectNoAxeViolations(container)).rejects.toThrow(/button-name/);
  });
});

describe('given a checklist row asking for its status', () => {
  it('gets nothing for a check without a diagnostic, else the status and a renderable detail', async () => {
    expect(checkStatusView(undefined)).toBeUndefined();
    expect(checkStatusView({ status: 'idle' })).toBeUndefined();
    const onNavigate = vi.fn();
    const view = checkStatusView({ status: 'failed', fix: { label: 'Reconnect', to: '/x' } }, { onNavigate })!;
    expect(view.status).toBe('failed');
    render(<>{view.detail}</>);
    await userEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect(onNavigate).toHaveBeenCalledWith('/x');
  });
});
