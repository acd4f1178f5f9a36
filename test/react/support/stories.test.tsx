import { composeStories } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as stories from '../../../stories/support.stories';
import { expectNoAxeViolations } from './axe';

const composed = Object.entries(composeStories(stories));

describe('given the support stories', () => {
  it.each(composed)('renders %s, plays it and passes axe', async (_name, Story) => {
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const { container } = render(<Story />);
    await Story.play?.({ canvasElement: container } as never);
    expect(container).not.toBeEmptyDOMElement();
    await expectNoAxeViolations(container);
  });
});
