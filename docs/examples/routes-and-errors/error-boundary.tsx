// An error boundary that tells the panel what crashed, so help opens on the matching symptom.
import { Component, type ReactNode } from 'react';
import { useHelp } from 'help-panel';

class Boundary extends Component<{ onError: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? <p role="alert">Something went wrong. Help is open beside this page.</p> : this.props.children;
  }
}

export function HelpErrorBoundary({ children }: { children: ReactNode }) {
  const help = useHelp();
  return <Boundary onError={(error) => help.reportError(error, { open: true })}>{children}</Boundary>;
}
