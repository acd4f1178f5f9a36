import { Component, type ErrorInfo, type ReactNode } from 'react';

interface PanelErrorBoundaryProps {
  /** Told once per failure. */
  onError: (error: unknown) => void;
  /** What to show instead of the failed subtree. */
  fallback: ReactNode;
  /** A change of this value clears the failure (for example, the user navigated elsewhere). */
  resetKey?: unknown;
  children?: ReactNode;
}

interface PanelErrorBoundaryState {
  failed: boolean;
  resetKey: unknown;
}

/**
 * Keeps a failure inside the panel from unmounting the host app: React
 * unwinds to the nearest boundary, and without this one that is the host's root.
 */
export class PanelErrorBoundary extends Component<PanelErrorBoundaryProps, PanelErrorBoundaryState> {
  override state: PanelErrorBoundaryState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<PanelErrorBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: PanelErrorBoundaryProps, state: PanelErrorBoundaryState): Partial<PanelErrorBoundaryState> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    return { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError(error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
