// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HelpPanel, HelpProvider, useHelp } from '../../src/react/index';
import { sampleIndex } from './fixtures/sample-index';

describe('given server rendering, where there is no window or document', () => {
  it('runs in an environment without browser globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    expect(typeof localStorage).toBe('undefined');
  });

  it('renders the provider and the closed panel to a string', () => {
    const html = renderToString(
      <HelpProvider index={sampleIndex()}>
        <main>Host</main>
        <HelpPanel />
      </HelpProvider>,
    );
    expect(html).toContain('Host');
    expect(html).toContain('data-help-part="trigger"');
  });

  it('renders an open panel on the server without reading location or storage', () => {
    const html = renderToString(
      <HelpProvider index={sampleIndex()} defaultOpen route="/billing/invoices">
        <HelpPanel />
      </HelpProvider>,
    );
    expect(html).toContain('data-help-part="trigger"');
  });

  it('renders while an index is still to be loaded', () => {
    const html = renderToString(
      <HelpProvider load={() => Promise.resolve(sampleIndex())}>
        <HelpPanel.Checklist symptomId="billing#card-declined" />
        <HelpPanel />
      </HelpProvider>,
    );
    expect(html).toContain('data-help-part="trigger"');
  });

  it('renders checklists and search parts placed outside the drawer', () => {
    const html = renderToString(
      <HelpProvider index={sampleIndex()} route={null}>
        <HelpPanel.Checklist symptomId="billing#card-declined" />
        <HelpPanel.Search />
      </HelpProvider>,
    );
    expect(html).toContain('0 of 2 checked');
    expect(html).toContain('role="combobox"');
  });
});

describe('given useHelp called during a server render', () => {
  it('can open, close and report without a DOM', () => {
    function Caller() {
      const help = useHelp();
      help.reportError(new Error('boom'));
      help.open('billing');
      help.close();
      return <p>called</p>;
    }
    const html = renderToString(
      <HelpProvider index={sampleIndex()}>
        <Caller />
      </HelpProvider>,
    );
    expect(html).toContain('called');
  });
});
