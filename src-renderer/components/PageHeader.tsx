import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  /** id of the h1, for the page section's aria-labelledby. */
  id?: string;
  subtitle?: ReactNode;
}

export function PageHeader({ title, id, subtitle }: PageHeaderProps) {
  return (
    <header className="page-header">
      <h1 id={id}>{title}</h1>
      {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
    </header>
  );
}
