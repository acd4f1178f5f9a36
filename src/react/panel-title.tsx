import * as Dialog from '@radix-ui/react-dialog';
import type { HelpLabels } from './labels';
import { visuallyHidden } from './visually-hidden';

/** The drawer's title (which names the dialog), its description for assistive technology, and Close. */
export function PanelTitle({ labels }: { labels: Pick<HelpLabels, 'title' | 'description' | 'close'> }) {
  return (
    <>
      <Dialog.Title data-help-part="title">{labels.title}</Dialog.Title>
      <Dialog.Description style={visuallyHidden}>{labels.description}</Dialog.Description>
      <Dialog.Close data-help-part="close" aria-label={labels.close}>
        <span aria-hidden="true">×</span>
      </Dialog.Close>
    </>
  );
}
