import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as checklistStories from '../../stories/checklist.stories';
import * as panelStories from '../../stories/help-panel.stories';
import * as splitStories from '../../stories/split-index.stories';
import { expectNoAxeViolations } from './fixtures/render-help';

// The stories read content compiled by the Vite plugin; here the same compiler runs directly.
vi.mock('../../stories/sample-content', async () => {
  const { compileContent } = await import('../../src/compiler/index');
  const [ochre, oxvo] = await Promise.all([compileContent('content/ochre'), compileContent('content/oxvo')]);
  return { ochre: ochre.index, oxvo: oxvo.index, ochreLocales: ochre.locales, oxvoLocales: oxvo.locales };
});

describe('given the panel stories', () => {
  it.each(Object.entries(composeStories(panelStories)))('renders %s, plays it and passes axe', async (_name, Story) => {
    const { container } = render(<Story />);
    await Story.play?.({ canvasElement: container } as never);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});

describe('given the checklist stories', () => {
  it.each(Object.entries(composeStories(checklistStories)))('renders %s and passes axe', async (_name, Story) => {
    render(<Story />);
    await expectNoAxeViolations();
  });
});

describe('given the split index stories', () => {
  it.each(Object.entries(composeStories(splitStories)))('renders %s and passes axe', async (_name, Story) => {
    render(<Story />);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});
