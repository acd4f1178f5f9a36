import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compileContent } from '../../../src/compiler/index';
import { createEscalationDraftStore } from '../../../src/engine/state/escalation-draft-store';
import type { EscalationPayload } from '../../../src/engine/support/escalation';
import type { HelpEvent } from '../../../src/engine/events/events';
import type { Diagnostics } from '../../../src/engine/support/run-diagnostics';
import { CheckStatus } from '../../../src/react/support/check-status';
import { ContactSupport } from '../../../src/react/support/contact-support';
import { DiagnosticsSummary } from '../../../src/react/support/diagnostics-summary';
import { EscalationForm } from '../../../src/react/support/escalation-form';
import { Feedback } from '../../../src/react/support/feedback';
import { useDiagnostics } from '../../../src/react/support/use-diagnostics';
import type { Article, HelpIndex, Symptom } from '../../../src/schema/help-index';
import { expectNoAxeViolations } from './axe';

let index: HelpIndex;
let article: Article;
let firstPass: Symptom;
beforeAll(async () => {
  index = (await compileContent('content/ochre')).index;
  article = index.articles.find((a) => a.id === 'troubleshooting-overview')!;
  firstPass = index.symptoms.find((s) => s.id === 'troubleshooting-overview#five-minute-first-pass')!;
});

interface FlowProps {
  diagnostics: Diagnostics;
  onEscalate: (payload: EscalationPayload) => Promise<void>;
  onNavigate: (to: string) => void;
  onEvent: (event: HelpEvent) => void;
}

/**
 * The pieces wired the way the panel is meant to wire them: diagnostics tick
 * passing checks, the escalation gets the outcomes and the ticked checks.
 */
function SymptomWithSupport({ diagnostics, onEscalate, onNavigate, onEvent }: FlowProps) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [escalating, setEscalating] = useState(false);
  const [store] = useState(() => createEscalationDraftStore({ storage: null }));
  const run = useDiagnostics({
    symptom: firstPass,
    diagnostics,
    route: '/settings',
    error: null,
    timeoutMs: 50,
    onEvent,
    onResult: (outcome) => {
      if (outcome.status === 'passed') setChecked((prev) => new Set(prev).add(outcome.checkId));
    },
  });
  const toggle = (id: string, on: boolean) =>
    setChecked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <main>
      <h1>{firstPass.title}</h1>
      <ul>
        {firstPass.checks.map((c) => (
          <li key={c.id} data-check-id={c.id}>
            <input id={c.id} type="checkbox" checked={checked.has(c.id)} onChange={(e) => toggle(c.id, e.currentTarget.checked)} />
            <label htmlFor={c.id}>{c.text}</label> <CheckStatus state={run.states[c.id]} onNavigate={onNavigate} />
          </li>
        ))}
      </ul>
      <DiagnosticsSummary status={run.status} counts={run.counts} onRunAgain={run.runAgain} />
      {escalating ? (
        <EscalationForm
          about={{
            helpCenter: index.helpCenter,
            article,
            symptom: firstPass,
            route: '/settings',
            checkedIds: checked,
            diagnostics: run.outcomes,
            searches: ['stripe data missing'],
          }}
          details={article.escalation?.details ?? []}
          context={{ 'your-workspace-slug': 'acme' }}
          onEscalate={onEscalate}
          onEvent={onEvent}
          store={store}
        />
      ) : (
        <ContactSupport
          place="symptom"
          prominent={firstPass.checks.every((c) => checked.has(c.id))}
          onClick={() => setEscalating(true)}
        />
      )}
      <Feedback articleId={article.id} symptomId={firstPass.id} onEvent={onEvent} />
    </main>
  );
}

const row = (text: RegExp) => screen.getByText(text).closest('li')!;

describe('given the Ochre five-minute first pass and a host with diagnostics', () => {
  it('ticks passing checks, points a failing one at its fix, survives a hanging one, and escalates with all of it', async () => {
    const user = userEvent.setup();
    const onEscalate = vi.fn(async (_payload: EscalationPayload) => {});
    const onNavigate = vi.fn();
    const events: HelpEvent[] = [];
    render(
      <SymptomWithSupport
        diagnostics={{
          'integrations-healthy': async () => ({ ok: true, detail: 'All integrations connected' }),
          'channels-enabled': async () => ({ ok: false, detail: 'Slack is switched off', fix: { label: 'Open channels', to: '/settings/channels' } }),
          'domain-records-valid': () => new Promise(() => {}),
        }}
        onEscalate={onEscalate}
        onNavigate={onNavigate}
        onEvent={(e) => events.push(e)}
      />,
    );

    const summary = () => document.querySelector('[data-help-part="diagnostics-summary-text"]');
    await waitFor(() => expect(summary()).toHaveTextContent('1 passed, 1 failed, 1 could not be checked.'));
    expect(within(row(/Settings → Integrations/)).getByRole('checkbox')).toBeChecked();
    expect(within(row(/Settings → Channels/)).getByRole('checkbox')).not.toBeChecked();
    expect(row(/Settings → Domains/)).toHaveTextContent('Could not check');
    await user.click(screen.getByRole('button', { name: 'Open channels' }));
    expect(onNavigate).toHaveBeenCalledWith('/settings/channels');
    await expectNoAxeViolations(document.body);

    await user.click(screen.getByRole('button', { name: 'Still stuck? Contact support' }));
    for (const detail of article.escalation!.details) expect(screen.getByLabelText(detail.label)).toBeInTheDocument();
    expect(screen.getByLabelText('Your workspace slug.')).toHaveValue('acme');
    await user.type(screen.getByLabelText('What happened? (optional)'), 'Replies stopped at 9');
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    await screen.findByText(/Sent\./);
    await expectNoAxeViolations(document.body);

    const payload = onEscalate.mock.calls[0]![0];
    expect(payload.helpCenter?.id).toBe(index.helpCenter.id);
    expect(payload.symptom).toEqual({ id: firstPass.id, title: firstPass.title });
    expect(payload.checks.done.map((c) => c.text)).toEqual([expect.stringMatching(/^Settings → Integrations/)]);
    expect(payload.checks.notDone).toHaveLength(firstPass.checks.length - 1);
    expect(payload.diagnostics.map((d) => [d.diagnostic, d.status, d.reason])).toEqual([
      ['integrations-healthy', 'passed', undefined],
      ['channels-enabled', 'failed', undefined],
      ['domain-records-valid', 'unknown', 'timeout'],
    ]);
    expect(payload.details.find((d) => d.id === 'your-workspace-slug')?.value).toBe('acme');
    expect(payload.note).toBe('Replies stopped at 9');
    expect(payload.firstSeen?.iso).toMatch(/[+-]\d\d:\d\d$/);

    expect(events.filter((e) => e.type === 'diagnostic-finished')).toHaveLength(3);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['escalation-started', 'escalation-sent']));
    expect(JSON.stringify(events)).not.toContain('Replies stopped');
  }, 20_000);
});
