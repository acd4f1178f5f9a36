// Anywhere inside HelpProvider: hand the panel what went wrong, as your code got it.
import { useHelp } from 'help-panel';

export function SaveStorageSettings() {
  const help = useHelp();
  return (
    <button
      type="button"
      onClick={async () => {
        const response = await fetch('/api/storage', { method: 'POST' });
        // A fetch Response works as it is: the panel reads its status, and its JSON body's code and message.
        if (!response.ok) help.reportError(response, { open: true });
      }}
    >
      Save
    </button>
  );
}
