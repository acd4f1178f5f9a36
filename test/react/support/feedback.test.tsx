import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HelpEvent } from '../../../src/engine/events/events';
import { Feedback, type FeedbackProps } from '../../../src/react/support/feedback';
import { expectNoAxeViolations } from './axe';

afterEach(() => vi.restoreAllMocks());

function setup(props: Partial<FeedbackProps> = {}) {
  const onFeedback = vi.fn();
  const events: HelpEvent[] = [];
  const all: FeedbackProps = { articleId: 'webhooks', symptomId: 'webhooks#not-firing', onFeedback, onEvent: (e) => events.push(e), ...props };
  const view = render(<Feedback {...all} />);
  return { user: userEvent.setup(), onFeedback, events, view, all };
}

describe('given a user who found the article helpful', () => {
  it('records one yes vote and thanks them', async () => {
    const { user, onFeedback, events, view } = setup();
    await expectNoAxeViolations(view.container);
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(onFeedback).toHaveBeenCalledWith({ articleId: 'webhooks', symptomId: 'webhooks#not-firing', helpful: true });
    expect(screen.getByRole('status')).toHaveTextContent('Thanks for your feedback.');
    expect(screen.queryByRole('button', { name: 'Yes' })).toBeNull();
    expect(screen.getByRole('status')).toHaveFocus();
    expect(events).toEqual([{ type: 'feedback', articleId: 'webhooks', symptomId: 'webhooks#not-firing', helpful: true, hasComment: false }]);
    await expectNoAxeViolations(view.container);
  });
});

describe('given a user who found it unhelpful', () => {
  it('asks for an optional comment and sends it with the vote, keeping it out of the event', async () => {
    const { user, onFeedback, events, view } = setup();
    await user.click(screen.getByRole('button', { name: 'No' }));
    expect(onFeedback).not.toHaveBeenCalled();
    const comment = screen.getByLabelText('What was missing? (optional)');
    expect(comment).toHaveFocus();
    await expectNoAxeViolations(view.container);
    await user.type(comment, 'Nothing about EU region');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(onFeedback).toHaveBeenCalledTimes(1);
    expect(onFeedback).toHaveBeenCalledWith({ articleId: 'webhooks', symptomId: 'webhooks#not-firing', helpful: false, comment: 'Nothing about EU region' });
    expect(events[0]).toMatchObject({ helpful: false, hasComment: true });
    expect(JSON.stringify(events)).not.toContain('EU region');
  });

  it('records the no vote without a comment on skip', async () => {
    const { user, onFeedback } = setup();
    await user.click(screen.getByRole('button', { name: 'No' }));
    await user.type(screen.getByLabelText('What was missing? (optional)'), 'draft');
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    expect(onFeedback).toHaveBeenCalledWith({ articleId: 'webhooks', symptomId: 'webhooks#not-firing', helpful: false });
  });

  it('still counts the no vote, once, when the view goes away before the comment is sent', () => {
    const { onFeedback, view } = setup();
    screen.getByRole('button', { name: 'No' }).click();
    view.unmount();
    expect(onFeedback).toHaveBeenCalledTimes(1);
    expect(onFeedback).toHaveBeenCalledWith({ articleId: 'webhooks', symptomId: 'webhooks#not-firing', helpful: false });
  });
});

describe('given a new view', () => {
  it('asks again for another symptom, once per view', async () => {
    const { user, onFeedback, view, all } = setup();
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    view.rerender(<Feedback {...all} symptomId="webhooks#slow" />);
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(onFeedback.mock.calls.map((c) => c[0].symptomId)).toEqual(['webhooks#not-firing', 'webhooks#slow']);
  });

  it('counts a pending no for the view being left', async () => {
    const { user, onFeedback, view, all } = setup();
    await user.click(screen.getByRole('button', { name: 'No' }));
    view.rerender(<Feedback {...all} articleId="slack" symptomId={undefined} />);
    expect(onFeedback).toHaveBeenCalledWith({ articleId: 'webhooks', symptomId: 'webhooks#not-firing', helpful: false });
    expect(screen.getByRole('button', { name: 'Yes' })).toBeInTheDocument();
  });
});

describe('given a host callback that throws', () => {
  it('still thanks the user and reports the error once', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = setup({
      onFeedback: () => {
        throw new Error('feedback API down');
      },
    });
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(screen.getByRole('status')).toHaveTextContent('Thanks');
    expect(consoleError).toHaveBeenCalledTimes(1);
  });
});

describe('given replaced labels', () => {
  it('asks in the host’s words', () => {
    setup({ labels: { helpfulQuestion: 'War das hilfreich?', yes: 'Ja', no: 'Nein' } });
    expect(screen.getByRole('group', { name: 'War das hilfreich?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ja' })).toBeInTheDocument();
  });
});
