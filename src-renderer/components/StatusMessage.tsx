/** A page that has nothing to show yet says why (loading, empty, failed). */
import { PageHeader } from './PageHeader';

interface StatusMessageProps {
  title: string;
  message: string;
  /** Work is in progress: announced politely and shown with a spinner. */
  busy?: boolean;
}

export function StatusMessage({ title, message, busy = false }: StatusMessageProps) {
  return (
    <section className="page" aria-busy={busy}>
      <PageHeader title={title} />
      <p className={busy ? 'status-message status-busy' : 'status-message'} role="status">
        {message}
      </p>
    </section>
  );
}
