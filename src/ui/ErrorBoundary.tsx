import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** Shown instead of the children once they have thrown; nothing when omitted. */
  readonly fallback?: ComponentChildren;
  readonly onError: (error: unknown) => void;
  readonly children?: ComponentChildren;
}

/** Keeps a render error inside the widget: the host page never sees it thrown. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  override componentDidCatch(error: unknown): void {
    this.setState({ failed: true });
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}
