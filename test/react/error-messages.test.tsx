import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { compileSources } from '../../src/compiler/index';
import type { Match } from '../../src/engine/types';
import { useHelp, type HelpEvent } from '../../src/react/index';
import { opensByItself, resolveView } from '../../src/react/select-screen';
import { expectNoAxeViolations, renderHelp } from './fixtures/render-help';

const article = (id: string, title: string, errors = '') => ({
  path: `${id}.mdx`,
  text: `+++\ntitle = "${title}"\n${errors}+++\n\n## Symptoms\n\nSomething is wrong: ${title.toLowerCase()}.\n\n## Fix\n\n1. Open the ${id} settings.\n2. Try the ${id} step again.\n`,
});

const index = compileSources([
  article('sign-in-locked', 'Sign-in is refused until the address is confirmed', '[[errors]]\nhttp_status_code = 400\ncode = "email_not_confirmed"\nmessage = "Email not confirmed"\n'),
  article('cloudflare-1016', 'Cloudflare origin error 1016 on custom domain'),
  article('cloudflare-cache', 'Cloudflare cache keeps serving old pages'),
]).index;

const dialog = () => within(screen.getByRole('dialog'));

describe('given an error known only by its message, which a table lists', () => {
  it('opens the article the table belongs to, saying it was suggested for the error', async () => {
    const events: HelpEvent[] = [];
    renderHelp({ index, error: 'email not confirmed', defaultOpen: true, onEvent: (event) => events.push(event) });
    expect(await dialog().findByRole('heading', { name: 'Sign-in is refused until the address is confirmed' })).toBeInTheDocument();
    expect(dialog().getByText('Suggested for the error you just saw')).toBeInTheDocument();
    expect(dialog().getByRole('checkbox', { name: 'Open the sign-in-locked settings.' })).toBeInTheDocument();
    expect(events).toContainEqual({ type: 'context-matched', matches: [expect.objectContaining({ articleId: 'sign-in-locked', reasons: [expect.objectContaining({ kind: 'message' })] })] });
    await expectNoAxeViolations();
  });
});

describe('given an error that no pattern names, which search ranks one page first for', () => {
  it('opens that page as possibly related and lists the other candidates, each one opening by keyboard', async () => {
    const user = userEvent.setup();
    renderHelp({ index, error: new Error('Cloudflare origin unreachable'), defaultOpen: true });
    expect(await dialog().findByRole('heading', { name: 'Cloudflare origin error 1016 on custom domain' })).toBeInTheDocument();
    expect(dialog().getByText('Possibly related to the error you just saw')).toBeInTheDocument();
    // Asked for each time: the list is rendered again as the panel's lazy parts arrive.
    const candidate = () =>
      within(dialog().getByRole('region', { name: 'Other possible matches' })).getByRole('button', { name: 'Cloudflare cache keeps serving old pages' });
    expect(candidate()).toBeInTheDocument();
    await expectNoAxeViolations();
    // The drawer puts focus on the screen's title once it has settled; from there, Tab reaches the candidate.
    await waitFor(() => expect(dialog().getByRole('heading', { name: 'Cloudflare origin error 1016 on custom domain' })).toHaveFocus());
    for (let presses = 0; presses < 40 && document.activeElement !== candidate(); presses++) await user.tab();
    expect(candidate()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await dialog().findByRole('heading', { name: 'Cloudflare cache keeps serving old pages' })).toBeInTheDocument();
  });
});

describe('given a fetch Response as the error', () => {
  const response = () =>
    new Response(JSON.stringify({ code: 400, error_code: 'email_not_confirmed', msg: 'Email not confirmed' }), { status: 400, headers: { 'content-type': 'application/json' } });

  it('opens the article its body names, and leaves the body for the app', async () => {
    const error = response();
    renderHelp({ index, error, defaultOpen: true });
    expect(await dialog().findByRole('heading', { name: 'Sign-in is refused until the address is confirmed' })).toBeInTheDocument();
    expect(error.bodyUsed).toBe(false);
    expect(await error.json()).toMatchObject({ msg: 'Email not confirmed' });
  });

  it('reports the error once, with the facts its body gave', async () => {
    const events: HelpEvent[] = [];
    renderHelp({ index, error: response(), onEvent: (event) => events.push(event) });
    await waitFor(() => expect(events.filter((event) => event.type === 'error-seen')).toHaveLength(1));
    expect(events.find((event) => event.type === 'error-seen')).toMatchObject({ error: { status: 400, code: 'email_not_confirmed' } });
  });

  it('opens the article when the app reports it through useHelp', async () => {
    const user = userEvent.setup();
    function Save() {
      const help = useHelp();
      return (
        <button type="button" onClick={() => help.reportError(response(), { open: true })}>
          Save
        </button>
      );
    }
    renderHelp({ index, host: <Save /> });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await dialog().findByRole('heading', { name: 'Sign-in is refused until the address is confirmed' })).toBeInTheDocument();
  });
});

describe('given the matches of an error no pattern names', () => {
  const [first, second] = index.symptoms;
  const guess = (symptom: typeof first, kind: 'search-rank' | 'related-search'): Match => ({
    symptom: symptom!,
    article: index.articles.find((candidate) => candidate.id === symptom!.articleId)!,
    score: 90,
    related: 'weak',
    reasons: [{ kind, pattern: 'query', value: '', inherited: false }],
  });

  it('opens the page search ranked first, but never a guess by title words alone', () => {
    expect(opensByItself(guess(first, 'search-rank'))).toBe(true);
    expect(opensByItself(guess(first, 'related-search'))).toBe(false);
    expect(resolveView({ screen: 'auto' }, [guess(first, 'search-rank'), guess(second, 'related-search')])).toEqual({ screen: 'symptom', symptomId: first!.id, suggested: true });
    expect(resolveView({ screen: 'auto' }, [guess(second, 'related-search')])).toEqual({ screen: 'home' });
  });
});
