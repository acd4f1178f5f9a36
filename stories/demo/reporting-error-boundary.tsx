import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ReportingErrorBoundaryProps {
  /** Called once per caught error, for example with `useHelp().reportError`. */
  onError: (error: unknown) => void;
  /** What to show instead of the crashed children; `reset` renders them again. */
  fallback: (reset: () => void) => ReactNode;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/** The host app's own error boundary: it shows a fallback and hands the error to the help panel. */
export class ReportingErrorBoundary extends Component<ReportingErrorBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo) {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
