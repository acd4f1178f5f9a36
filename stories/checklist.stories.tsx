import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { ochre } from './sample-content';
import { HelpPanel, HelpProvider, createMemoryStorage } from '../src/react/index';

/** `HelpPanel.Checklist` placed by the product itself, outside the drawer (on an error page, say). */
function StandaloneChecklist({ symptomId }: { symptomId: string }) {
  const [storage] = useState(createMemoryStorage);
  return (
    <HelpProvider index={ochre} storage={storage} route={null} shortcut={false}>
      <main data-help-theme="auto" style={{ maxWidth: 480, padding: '1.5rem', fontFamily: 'system-ui, sans-serif' }}>
        <HelpPanel.Checklist symptomId={symptomId} />
      </main>
    </HelpProvider>
  );
}

const meta = {
  title: 'Checklist',
  component: StandaloneChecklist,
  args: { symptomId: ochre.symptoms[0]?.id ?? '' },
} satisfies Meta<typeof StandaloneChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first symptom of the Ochre help center, as a checklist on its own. */
export const OnItsOwn: Story = {};

/** An id the index does not know: renders nothing rather than failing. */
export const UnknownSymptom: Story = { args: { symptomId: 'nope#nothing' } };
