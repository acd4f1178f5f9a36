import { StrictMode } from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileContent } from '../../src/compiler/index';
import { ar } from '../../src/locales/ar';
import { de } from '../../src/locales/de';
import { HelpPanel, HelpProvider, createMemoryStorage, type HelpProviderProps } from '../../src/react/index';
import type { ProgressStorage } from '../../src/engine/state/progress-storage';
import { hashText } from '../../src/engine/state/progress-store';
import type { HelpIndex, HelpIndexSet } from '../../src/schema/help-index';
import { expectNoAxeViolations } from './fixtures/render-help';
import { createSite } from './fixtures/split-site';
import { OpenButton } from './fixtures/open-button';

const LINEAR = 'linear-disconnects#linear-disconnects';
const SLACK = 'slack-not-routing';
const LINEAR_TITLE_DE = 'Linear trennt immer wieder die Verbindung';

let english: HelpIndex;
let set: HelpIndexSet;

/**
 * Ochre in two locales, as the compiler writes them: German translates the Linear article; every other
 * article is the English one, marked as such. Ids are the same in both.
 */
function germanOf(index: HelpIndex): HelpIndex {
  const german = structuredClone(index);
  german.helpCenter = { ...german.helpCenter, locale: 'de', locales: ['en', 'de'] };
  for (const article of german.articles) {
    if (article.id === 'linear-disconnects') article.title = LINEAR_TITLE_DE;
    else article.locale = 'en';
  }
  const linear = german.symptoms.find((symptom) => symptom.id === LINEAR)!;
  linear.title = LINEAR_TITLE_DE;
  linear.checks = linear.checks.map((check, i) => ({ ...check, text: `Prüfung ${i + 1}`, content: [{ type: 'text', value: `Prüfung ${i + 1}` }] }));
  return german;
}

/** Every check of both locales keeps its progress against its source check's text, as the compiler writes it. */
function withRevisions(index: HelpIndex, source: HelpIndex): HelpIndex {
  const texts = new Map(source.symptoms.flatMap((symptom) => symptom.checks.map((check) => [`${symptom.id}\n${check.id}`, check.text] as const)));
  for (const symptom of index.symptoms) for (const check of symptom.checks) check.revision = hashText(texts.get(`${symptom.id}\n${check.id}`) ?? check.text);
  return index;
}

beforeAll(async () => {
  const compiled = (await compileContent('content/ochre')).index;
  english = withRevisions({ ...structuredClone(compiled), helpCenter: { ...compiled.helpCenter, locale: 'en', locales: ['en', 'de'] } }, compiled);
  set = { format: 'help-panel-index', version: 1, kind: 'locales', helpCenter: compiled.helpCenter, defaultLocale: 'en', locales: { en: english, de: withRevisions(germanOf(english), compiled) } };
});

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  vi.unstubAllGlobals();
});


function App(props: Omit<HelpProviderProps, 'children'> & { panelDir?: 'ltr' | 'rtl'; storage: ProgressStorage }) {
  const { panelDir, ...provider } = props;
  return (
    <StrictMode>
      <HelpProvider route={null} searchDelay={0} {...provider}>
        <OpenButton id={LINEAR} />
        <OpenButton id={SLACK} />
        <HelpPanel dir={panelDir} />
      </HelpProvider>
    </StrictMode>
  );
}

const dialog = () => within(screen.getByRole('dialog'));
const title = () => screen.getByRole('dialog').querySelector('[data-help-part="screen-title"]')?.textContent;
const note = () => screen.getByRole('dialog').querySelector('[data-help-part="language-note"]');

describe('given a help center in English and German', () => {
  it('shows the German content for locale "de", and an untranslated article in English with a note that says so', async () => {
    const user = userEvent.setup();
    render(<App index={set} locale="de" storage={createMemoryStorage()} />);
    await user.click(screen.getByRole('button', { name: `Open ${LINEAR}` }));
    await waitFor(() => expect(title()).toBe(LINEAR_TITLE_DE));
    expect(note()).toBeNull();

    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: `Open ${SLACK}` }));
    await waitFor(() => expect(screen.getByRole('dialog').querySelector('[data-article-id="slack-not-routing"]')).not.toBeNull());
    // No German labels given: the panel loaded its own German pack, so the note is German too.
    expect(note()).toHaveTextContent(de.labels.shownInLanguage('Englisch', 'en'));
    expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'de');
  });

  it('says the note in the labels’ language and marks the English article’s language for screen readers', async () => {
    const user = userEvent.setup();
    render(<App index={set} locale="de" translations={[de, ar]} storage={createMemoryStorage()} />);
    await user.click(screen.getByRole('button', { name: `Open ${SLACK}` }));
    await waitFor(() => expect(note()).not.toBeNull());
    expect(note()).toHaveTextContent(de.labels.shownInLanguage('Englisch', 'en'));
    const article = screen.getByRole('dialog').querySelector('[data-article-id="slack-not-routing"]')!;
    expect(article).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'de');
    expect(screen.getByRole('dialog')).toHaveAttribute('dir', 'ltr');
    await expectNoAxeViolations();
  });

  it('lets a host replace the note’s words', async () => {
    const user = userEvent.setup();
    render(<App index={set} locale="de" labels={{ shownInLanguage: (language, tag) => `Noch nicht übersetzt (${language}, ${tag})` }} storage={createMemoryStorage()} />);
    await user.click(screen.getByRole('button', { name: `Open ${SLACK}` }));
    await waitFor(() => expect(note()).toHaveTextContent(/^Noch nicht übersetzt \(.+, en\)$/));
  });

  it('falls back along the tag: de-AT reads German, pt-BR (no Portuguese) the default, English', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App index={set} locale="de-AT" storage={createMemoryStorage()} />);
    await user.click(screen.getByRole('button', { name: `Open ${LINEAR}` }));
    await waitFor(() => expect(title()).toBe(LINEAR_TITLE_DE));
    unmount();
    render(<App index={set} locale="pt-BR" storage={createMemoryStorage()} />);
    await user.click(screen.getByRole('button', { name: `Open ${LINEAR}` }));
    await waitFor(() => expect(title()).toBe(english.symptoms.find((s) => s.id === LINEAR)!.title));
    // Nothing is in Portuguese: every article says what it is shown in, in the panel's own Portuguese labels.
    expect(note()).toHaveTextContent(/^Disponível apenas em inglês$/);
  });

  it('reads the page’s <html lang> when no locale is given, and follows it when the page changes it', async () => {
    document.documentElement.lang = 'de';
    const user = userEvent.setup();
    render(<App index={set} storage={createMemoryStorage()} />);
    await user.click(screen.getByRole('button', { name: `Open ${LINEAR}` }));
    await waitFor(() => expect(title()).toBe(LINEAR_TITLE_DE));
    act(() => document.documentElement.setAttribute('lang', 'en'));
    await waitFor(() => expect(title()).toBe(english.symptoms.find((s) => s.id === LINEAR)!.title));
  });

  it('switches language live: the open symptom stays open and its ticked checks stay ticked', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const { rerender } = render(<App index={set} locale="en" translations={[de]} storage={storage} />);
    await user.click(screen.getByRole('button', { name: `Open ${LINEAR}` }));
    const boxes = await dialog().findAllByRole('checkbox');
    await user.click(boxes[0]!);
    await user.click(boxes[2]!);
    expect(boxes[0]).toBeChecked();

    rerender(<App index={set} locale="de" translations={[de]} storage={storage} />);
    await waitFor(() => expect(title()).toBe(LINEAR_TITLE_DE));
    const german = dialog().getAllByRole('checkbox');
    expect(german.map((box) => (box as HTMLInputElement).checked)).toEqual(boxes.map((_, i) => i === 0 || i === 2));
    expect(dialog().getByText('Prüfung 1')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'de');

    rerender(<App index={set} locale="en" translations={[de]} storage={storage} />);
    await waitFor(() => expect(title()).not.toBe(LINEAR_TITLE_DE));
    expect(dialog().getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual(boxes.map((_, i) => i === 0 || i === 2));
  });
});

describe('given Arabic labels', () => {
  it('turns the drawer and its trigger right to left, in Arabic, with no axe violations', async () => {
    const user = userEvent.setup();
    render(<App index={set} locale="ar" translations={[de, ar]} storage={createMemoryStorage()} />);
    const trigger = screen.getByRole('button', { name: ar.labels.trigger });
    expect(trigger).toHaveAttribute('dir', 'rtl');
    expect(trigger).toHaveAttribute('lang', 'ar');
    await user.click(screen.getByRole('button', { name: `Open ${LINEAR}` }));
    await waitFor(() => expect(title()).toBeTruthy());
    expect(screen.getByRole('dialog')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'ar');
    expect(dialog().getByRole('button', { name: ar.labels.close })).toBeInTheDocument();
    // The content is English (there is no Arabic): it runs left to right inside the rtl drawer.
    const symptom = screen.getByRole('dialog').querySelector('[data-help-part="symptom"]')!;
    expect(symptom).toHaveAttribute('dir', 'ltr');
    expect(symptom).toHaveAttribute('lang', 'en');
    await expectNoAxeViolations();
  });

  it('keeps the direction the host sets on the panel', async () => {
    render(<App index={set} locale="ar" translations={[ar]} panelDir="ltr" storage={createMemoryStorage()} />);
    expect(screen.getByRole('button', { name: ar.labels.trigger })).toHaveAttribute('dir', 'ltr');
  });
});

describe('given the split form of a help center in two locales', () => {
  it('fetches only the asked locale’s files, and the other locale’s when the user switches, keeping progress', async () => {
    const en = createSite(english);
    const deSite = createSite(set.locales.de!);
    vi.stubGlobal('fetch', (async (input: RequestInfo | URL) => {
      const href = String(input instanceof Request ? input.url : input);
      return (href.startsWith(deSite.base) ? deSite.fetch : en.fetch)(input);
    }) as typeof fetch);
    const reference = {
      ...en.reference(),
      defaultLocale: 'en',
      locales: { en: en.reference().manifest, de: deSite.reference().manifest },
    };
    const storage = createMemoryStorage();
    const user = userEvent.setup();
    const { rerender } = render(<App index={reference} locale="de" preload="eager" storage={storage} />);
    await user.click(screen.getByRole('button', { name: `Open ${LINEAR}` }));
    await waitFor(() => expect(title()).toBe(LINEAR_TITLE_DE));
    expect(en.requests).toEqual([]);
    const boxes = await dialog().findAllByRole('checkbox');
    await user.click(boxes[1]!);

    rerender(<App index={reference} locale="en" preload="eager" storage={storage} />);
    await waitFor(() => expect(title()).toBe(english.symptoms.find((s) => s.id === LINEAR)!.title));
    expect(en.requests[0]).toBe(en.reference().manifest);
    expect(dialog().getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual(boxes.map((_, i) => i === 1));
  });
});

describe('given odd locale input', () => {
  it('ignores a locale that is not a tag and packs that are not packs, and keeps the page working', async () => {
    const user = userEvent.setup();
    const odd = [undefined, { locale: 42, labels: {} }, { locale: 'de' }, de] as unknown as HelpProviderProps['translations'];
    render(<App index={set} locale={'?? not a tag' as string} translations={odd} storage={createMemoryStorage()} />);
    await user.click(screen.getByRole('button', { name: `Open ${LINEAR}` }));
    // The page's language (jsdom's en-US) decides: English content, English labels.
    await waitFor(() => expect(title()).toBe(english.symptoms.find((s) => s.id === LINEAR)!.title));
    expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'en');
  });

  it('shows the error screen and tells the host when a set has no index for its default locale', async () => {
    const onError = vi.fn();
    const empty = { ...set, defaultLocale: 'fr', locales: {} };
    render(<App index={empty} locale="de" onError={onError} defaultOpen storage={createMemoryStorage()} />);
    await screen.findByRole('alert');
    expect(String(onError.mock.calls[0]?.[0])).toMatch(/set of locales without an index for its default locale "fr"/);
  });
});

describe('given a CLI-built folder of two locales on a static host', () => {
  it('reads its manifest.json, opens the asked locale’s files, and the other’s on a switch', async () => {
    const { splitIndex } = await import('../../src/compiler/split-index');
    const base = 'https://cdn.example.com/help-locales/';
    const files = new Map<string, string>();
    const names: Record<string, string> = {};
    for (const [tag, index] of Object.entries(set.locales)) {
      const split = splitIndex(index);
      for (const file of split.files) files.set(`${base}${tag}/${file.name}`, file.text);
      files.set(`${base}${tag}/${split.manifestName}`, split.manifestText);
      names[tag] = `${tag}/${split.manifestName}`;
    }
    files.set(`${base}manifest.json`, JSON.stringify({ format: 'help-panel-index', version: 3, kind: 'locales', helpCenter: set.helpCenter, hash: 'h', defaultLocale: 'en', locales: names }));
    const requested: string[] = [];
    vi.stubGlobal('fetch', (async (input: RequestInfo | URL) => {
      const href = String(input instanceof Request ? input.url : input);
      requested.push(href);
      const text = files.get(href);
      return new Response(text ?? 'not found', { status: text === undefined ? 404 : 200 });
    }) as typeof fetch);
    const storage = createMemoryStorage();
    const user = userEvent.setup();
    const { rerender } = render(<App src={base} locale="de" preload="eager" storage={storage} />);
    await user.click(screen.getByRole('button', { name: `Open ${LINEAR}` }));
    await waitFor(() => expect(title()).toBe(LINEAR_TITLE_DE));
    expect(requested.filter((href) => href.startsWith(`${base}en/`))).toEqual([]);

    rerender(<App src={base} locale="en" preload="eager" storage={storage} />);
    await waitFor(() => expect(title()).toBe(english.symptoms.find((s) => s.id === LINEAR)!.title));
    expect(requested.some((href) => href.startsWith(`${base}en/manifest.`))).toBe(true);
  });
});
