/**
 * Error boundaries with a retry: one per panel and one per dialog, so what fails shows a
 * message in its own place and the rest of the page keeps working. A chunk that could not be
 * fetched (load-chunk.ts) is worded as such ("could not be loaded"), anything else as the
 * panel failing; Retry renders the children afresh, which fetches a failed chunk again. In
 * presentation mode a panel's failure never shows on the projected scene: its place stays
 * empty and the presenter's controls list it (presenter-failures.ts).
 */
import { Component, Fragment, Suspense, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/messages';
import { isChunkLoadError, retryFailedChunks } from './load-chunk';
import { Modal } from './modal';
import { reportPresenterFailure, withdrawPresenterFailure } from './presenter-failures';
import { usePresenting } from './use-present';

interface BoundaryProps {
  /** What the boundary holds, in the current language (a panel's title, a dialog's name). */
  name: string;
  /** Report the failure to the presenter instead of showing it (presentation mode's panels). */
  offScene: boolean;
  fallback: (error: Error, retry: () => void) => ReactNode;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by Retry: the children mount afresh. */
  attempt: number;
}

class Boundary extends Component<BoundaryProps, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  readonly retry = (): void => {
    retryFailedChunks();
    withdrawPresenterFailure(this);
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override componentDidMount(): void {
    this.componentDidUpdate();
  }

  override componentDidUpdate(): void {
    if (this.state.error && this.props.offScene) reportPresenterFailure({ owner: this, name: this.props.name, retry: this.retry });
    else withdrawPresenterFailure(this);
  }

  override componentWillUnmount(): void {
    withdrawPresenterFailure(this);
  }

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    if (this.props.offScene) return <div className="panel-off-scene" data-panel-error={this.props.name} data-off-scene="" aria-hidden="true" />;
    return this.props.fallback(error, this.retry);
  }
}

/** What failed, in words: a chunk that did not arrive, or the panel itself. */
function failureText(t: Messages, name: string, error: Error): string {
  return isChunkLoadError(error) ? t.failure.notLoaded(name) : t.panelError(name);
}

function FailureBody({ name, error, retry }: { name: string; error: Error; retry: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <p>{failureText(t, name, error)}</p>
      <button type="button" onClick={retry} data-failure-retry="">
        {t.failure.retry}
      </button>
      <details>
        <summary>{t.panelErrorDetail}</summary>
        <code>{error.message}</code>
      </details>
    </>
  );
}

/** A panel's boundary: an error card in its place, with Retry (in presentation mode: off the scene). */
export function PanelBoundary({ name, children }: { name: string; children: ReactNode }) {
  const presenting = usePresenting();
  return (
    <Boundary
      name={name}
      offScene={presenting}
      fallback={(error, retry) => (
        <div className="error-card" role="alert" data-panel-error={name} data-chunk-error={isChunkLoadError(error) ? '' : undefined}>
          <FailureBody name={name} error={error} retry={retry} />
        </div>
      )}
    >
      {children}
    </Boundary>
  );
}

/**
 * A boundary around a whole layout (presentation mode's own code): the message always shows —
 * there is nothing else to show — with `extra` (a way out) beside Retry.
 */
export function LayoutBoundary({ name, extra, children }: { name: string; extra: ReactNode; children: ReactNode }) {
  return (
    <Boundary
      name={name}
      offScene={false}
      fallback={(error, retry) => (
        <div className="error-card layout-error" role="alert" data-panel-error={name} data-chunk-error={isChunkLoadError(error) ? '' : undefined}>
          <FailureBody name={name} error={error} retry={retry} />
          {extra}
        </div>
      )}
    >
      {children}
    </Boundary>
  );
}

/**
 * A dialog's boundary (and the wait for its code): a dialog that could not load or failed opens
 * as a small dialog saying so, with Retry and Close; the page behind it keeps working.
 */
export function DialogBoundary({ name, onClose, children }: { name: string; onClose: () => void; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Boundary
      name={name}
      offScene={false}
      fallback={(error, retry) => (
        <Modal title={name} closeLabel={t.failure.close} onClose={onClose} className="failure-dialog">
          <div className="error-card" role="alert" data-dialog-error={name} data-chunk-error={isChunkLoadError(error) ? '' : undefined}>
            <FailureBody name={name} error={error} retry={retry} />
          </div>
        </Modal>
      )}
    >
      <Suspense fallback={null}>{children}</Suspense>
    </Boundary>
  );
}
