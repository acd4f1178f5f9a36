import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AskFunction, AskRequest } from '../../src/engine/ask-request';
import type { EscalationPayload } from '../../src/engine/support/index';
import type { HelpEvent } from '../../src/react/index';
import { expectNoAxeViolations, renderHelp } from './fixtures/render-help';

const dialog = () => within(screen.getByRole('dialog'));
const input = () => dialog().getByRole('combobox', { name: 'Search help' });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An `ask` that streams `pieces`, one per tick, and records what it was asked. */
function streaming(pieces: readonly string[]) {
  const asked: { request: AskRequest; signal: AbortSignal }[] = [];
  const ask = vi.fn((request: AskRequest, signal: AbortSignal) => {
    asked.push({ request, signal });
    return (async function* () {
      for (const piece of pieces) {
        await tick();
        yield piece;
      }
    })();
  });
  return { ask: ask as unknown as AskFunction & typeof ask, asked };
}

/** An `ask` that sends one piece, then waits until it is aborted. */
function hanging() {
  const signals: AbortSignal[] = [];
  const ask = vi.fn((_request: AskRequest, signal: AbortSignal) => {
    signals.push(signal);
    return (async function* () {
      yield 'Start by checking ';
      await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    })();
  });
  return { ask: ask as unknown as AskFunction & typeof ask, signals };
}

const question = 'why does my endpoint receive nothing when events happen?';
const answer = ['Your endpoint gets no calls when ', 'the webhook URL is wrong [1].\n\n', '1. **Verify** the webhook URL [1]\n2. Trigger a matching event [1]\n\n', 'Raw <img src=x onerror=alert(1)> stays text.'];

async function askFromSearch(user: ReturnType<typeof userEvent.setup>, text = question) {
  await user.type(input(), text);
  await user.click(await dialog().findByRole('button', { name: 'Ask' }));
}

describe('given a panel without ask', () => {
  it('offers no Ask button, and Enter opens the first result as before', async () => {
    const user = userEvent.setup();
    renderHelp({ defaultOpen: true });
    await user.type(input(), 'why are webhooks not firing?');
    await dialog().findByRole('listbox');
    expect(dialog().queryByRole('button', { name: 'Ask' })).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(dialog().getByRole('heading', { name: 'Webhooks not firing' })).toBeInTheDocument();
  });
});

describe('given a panel with ask and a question in the user\'s words', () => {
  it('streams a Markdown answer from the grounded passages, as the article renderer draws it, with no HTML', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const { ask, asked } = streaming(answer);
    const events: HelpEvent[] = [];
    renderHelp({ defaultOpen: true, ask, onEvent: (event) => events.push(event) });
    await askFromSearch(user);
    expect(await dialog().findByRole("heading", { level: 3, name: /^Your question: ?why does my endpoint/ })).toHaveFocus();
    const body = await waitFor(() => {
      const found = screen.getByRole('dialog').querySelector('[data-help-part="answer-body"]');
      expect(found).toHaveTextContent('stays text');
      return found!;
    });
    await dialog().findByText('Answer ready.');
    expect(asked).toHaveLength(1);
    // The user's language, here the browser's.
    expect(asked[0]!.request).toMatchObject({ question, locale: navigator.language });
    expect(asked[0]!.request.passages[0]).toMatchObject({ key: '1', id: 'webhooks#not-firing' });
    expect(body.querySelector('ol li strong')).toHaveTextContent('Verify');
    expect(body.querySelector('img')).toBeNull();
    expect(body).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(events.filter((event) => event.type.startsWith('ask-'))).toEqual([
      { type: 'ask-started', question, passages: expect.any(Number) },
      { type: 'ask-answered', question, passages: expect.any(Number), citations: ['webhooks#not-firing'], grounded: true, durationMs: expect.any(Number) },
    ]);
    await expectNoAxeViolations();
  });

  it('opens the cited symptom with its checklist from its chip, and Back returns to the same answer without asking again', async () => {
    const user = userEvent.setup();
    const { ask } = streaming(answer);
    renderHelp({ defaultOpen: true, ask });
    await askFromSearch(user);
    await dialog().findByText('Answer ready.');
    const sources = dialog().getByRole('region', { name: 'Sources' });
    await user.click(within(sources).getByRole('button', { name: /Webhooks not firing/ }));
    expect(dialog().getByRole('heading', { name: 'Webhooks not firing' })).toBeInTheDocument();
    expect(dialog().getAllByRole('checkbox').length).toBe(3);
    await user.click(dialog().getByRole('button', { name: 'Back' }));
    expect(await dialog().findByText('Answer ready.')).toBeInTheDocument();
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('asks on Enter for a question, and opens the result on Enter for a query with a strong hit', async () => {
    const user = userEvent.setup();
    const { ask } = streaming(['Check the URL [1].']);
    renderHelp({ defaultOpen: true, ask });
    await user.type(input(), 'webhook');
    await dialog().findByRole('listbox');
    await user.keyboard('{Enter}');
    expect(dialog().getByRole('heading', { name: 'Webhooks not firing' })).toBeInTheDocument();
    expect(ask).not.toHaveBeenCalled();
    await user.click(dialog().getByRole('button', { name: 'Back' }));
    await user.clear(input());
    await user.type(input(), 'why do my callbacks never reach the endpoint?{Enter}');
    expect(await dialog().findByText('Answer ready.')).toBeInTheDocument();
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('removes a citation to a passage it was not given, and says the answer is not fully supported', async () => {
    const user = userEvent.setup();
    const { ask, asked } = streaming(['Verify the URL [1] and call the bank [7].']);
    const events: HelpEvent[] = [];
    // Swedish, for which no label pack ships: the labels stay English, the answer is asked for in Swedish.
    renderHelp({ defaultOpen: true, ask, locale: 'sv', onEvent: (event) => events.push(event) });
    await screen.findByRole('dialog');
    await askFromSearch(user);
    await dialog().findByText('Answer ready.');
    expect(asked[0]!.request.locale).toBe('sv');
    const body = screen.getByRole('dialog').querySelector('[data-help-part="answer-body"]');
    expect(body).toHaveTextContent('Verify the URL [1] and call the bank.');
    expect(dialog().getByRole('note')).toHaveTextContent('not backed by the help articles');
    expect(events.find((event) => event.type === 'ask-answered')).toMatchObject({ citations: ['webhooks#not-firing'], grounded: false });
  });
});

describe('given a panel in German', () => {
  it('labels Ask and the answer screen from the German pack', async () => {
    const user = userEvent.setup();
    const { ask } = streaming(['Prüfen Sie die URL [1].']);
    renderHelp({ defaultOpen: true, ask, locale: 'de' });
    const box = await screen.findByRole('combobox', { name: 'Hilfe durchsuchen' });
    await user.type(box, question);
    await user.click(await dialog().findByRole('button', { name: 'Fragen' }));
    expect(await dialog().findByText('Die Antwort ist fertig.')).toBeInTheDocument();
    expect(dialog().getByRole('region', { name: 'Quellen' })).toBeInTheDocument();
  });
});

describe('given a question no article covers', () => {
  it('says so without asking the model, and offers search and support', async () => {
    const user = userEvent.setup();
    const { ask } = streaming(['never']);
    const events: HelpEvent[] = [];
    renderHelp({ defaultOpen: true, ask, onEvent: (event) => events.push(event) });
    await askFromSearch(user, 'how do I bake sourdough bread?');
    expect(await dialog().findByText('No help article covers this yet.')).toBeInTheDocument();
    expect(ask).not.toHaveBeenCalled();
    expect(dialog().getByRole('button', { name: 'Still stuck? Contact support' })).toBeInTheDocument();
    expect(events.find((event) => event.type === 'ask-answered')).toMatchObject({ passages: 0, citations: [], grounded: false });
    await expectNoAxeViolations();
  });
});

describe('given an answer being written', () => {
  it('stops on Stop: the request is aborted, the text so far stays, and the user can ask again', async () => {
    const user = userEvent.setup();
    const { ask, signals } = hanging();
    const events: HelpEvent[] = [];
    renderHelp({ defaultOpen: true, ask, onEvent: (event) => events.push(event) });
    await askFromSearch(user);
    await dialog().findByText('Start by checking', { exact: false });
    await user.click(dialog().getByRole('button', { name: 'Stop' }));
    expect(signals[0]!.aborted).toBe(true);
    expect(dialog().getByText('Stopped. This is the answer so far.')).toBeInTheDocument();
    expect(dialog().getByText('Start by checking', { exact: false })).toBeInTheDocument();
    expect(events.find((event) => event.type === 'ask-failed')).toMatchObject({ reason: 'stopped' });
    expect(dialog().getByRole('button', { name: 'Ask again' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('aborts it when a new question is asked, or the drawer closes', async () => {
    const user = userEvent.setup();
    const { ask, signals } = hanging();
    renderHelp({ defaultOpen: true, ask });
    await askFromSearch(user);
    await dialog().findByText('Start by checking', { exact: false });
    await user.click(dialog().getByRole('button', { name: 'Back' }));
    await user.clear(input());
    await askFromSearch(user, 'why is the card declined?');
    await waitFor(() => expect(signals).toHaveLength(2));
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(signals[1]!.aborted).toBe(true);
  });
});

describe('given an ask that fails', () => {
  it('shows the failure with a retry and the search results, never a blank screen, and tells onError', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const ask = vi.fn<AskFunction>(() => {
      calls++;
      if (calls === 1) throw new Error('The model server answered 500: overloaded.');
      return 'Verify the webhook URL [1].';
    });
    const onError = vi.fn();
    const events: HelpEvent[] = [];
    renderHelp({ defaultOpen: true, ask, onError, onEvent: (event) => events.push(event) });
    await askFromSearch(user);
    const alert = await dialog().findByRole('alert');
    expect(alert).toHaveTextContent('The answer could not be written.');
    expect(alert).toHaveTextContent('overloaded');
    expect(dialog().getByRole('region', { name: 'Search results for your question' })).toHaveTextContent('Webhooks not firing');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'The model server answered 500: overloaded.' }));
    expect(events.find((event) => event.type === 'ask-failed')).toMatchObject({ reason: 'error' });
    await expectNoAxeViolations();
    await user.click(dialog().getByRole('button', { name: 'Try again' }));
    expect(await dialog().findByText('Answer ready.')).toBeInTheDocument();
    expect(screen.getByRole('dialog').querySelector('[data-help-part="answer-body"]')).toHaveTextContent('Verify the webhook URL [1].');
  });

  it('fails clearly when ask returns something that is not text', async () => {
    const user = userEvent.setup();
    const ask = vi.fn(() => 42 as unknown as string);
    renderHelp({ defaultOpen: true, ask });
    await askFromSearch(user);
    expect(await dialog().findByRole('alert')).toHaveTextContent('return a string, a promise of one, or an async iterable of strings');
  });

  it('shows the failure, not a blank answer, when the model answers nothing', async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    renderHelp({ defaultOpen: true, ask: async () => '  \n', onError });
    await askFromSearch(user);
    expect(await dialog().findByRole('alert')).toHaveTextContent('The model answered nothing.');
    expect(onError).toHaveBeenCalled();
  });
});

describe('given an answer the user acts on', () => {
  it('records "Was this helpful?" as an ask-feedback event', async () => {
    const user = userEvent.setup();
    const { ask } = streaming(['Verify the webhook URL [1].']);
    const events: HelpEvent[] = [];
    renderHelp({ defaultOpen: true, ask, onEvent: (event) => events.push(event) });
    await askFromSearch(user);
    await dialog().findByText('Answer ready.');
    await user.click(dialog().getByRole('button', { name: 'Yes' }));
    expect(dialog().getByText('Thanks for your feedback.')).toBeInTheDocument();
    expect(events.find((event) => event.type === 'ask-feedback')).toEqual({ type: 'ask-feedback', question, helpful: true, citations: ['webhooks#not-firing'] });
  });

  it('escalates with the question and the answer in the payload', async () => {
    const user = userEvent.setup();
    const { ask } = streaming(['Verify the webhook URL [1].']);
    const onEscalate = vi.fn(async (_payload: EscalationPayload) => {});
    renderHelp({ defaultOpen: true, ask, onEscalate });
    await askFromSearch(user);
    await dialog().findByText('Answer ready.');
    await user.click(dialog().getByRole('button', { name: 'Still stuck? Contact support' }));
    await user.click(await dialog().findByRole('button', { name: 'Send to support' }));
    await waitFor(() => expect(onEscalate).toHaveBeenCalledTimes(1));
    expect(onEscalate.mock.calls[0]![0].ask).toEqual({
      question,
      answer: 'Verify the webhook URL [1].',
      citations: [{ key: '1', id: 'webhooks#not-firing', title: 'Webhooks not firing' }],
      grounded: true,
    });
    await act(async () => {});
  });
});
