/**
 * A page that throws while rendering (or whose code cannot be loaded) shows a
 * readable message instead of blanking the whole app; the rest of the shell
 * keeps working. Keyed by page in App, so moving to another page starts afresh.
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function PageFailed({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>
        {t('errors.pageFailed')} <span className="notice-detail">{t('errors.reason', { reason })}</span>
      </p>
    </div>
  );
}

interface PageErrorBoundaryState {
  reason: string | null;
}

export class PageErrorBoundary extends Component<{ children: ReactNode }, PageErrorBoundaryState> {
  override state: PageErrorBoundaryState = { reason: null };

  static getDerivedStateFromError(error: unknown): PageErrorBoundaryState {
    return { reason: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    return this.state.reason === null ? this.props.children : <PageFailed reason={this.state.reason} />;
  }
}
