/** A per-panel error boundary: a failing panel shows an error card; the rest keep working. */
import { Component, type ReactNode } from 'react';

interface Props {
  /** Panel name in the current language, used in the error card. */
  name: string;
  message: (panel: string) => string;
  detailLabel: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-card" role="alert" data-panel-error={this.props.name}>
        <p>{this.props.message(this.props.name)}</p>
        <details>
          <summary>{this.props.detailLabel}</summary>
          <code>{error.message}</code>
        </details>
      </div>
    );
  }
}
