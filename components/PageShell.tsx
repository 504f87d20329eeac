import type { ReactNode } from 'react';

/** The frame every extension page shares: a labelled landmark and a heading. */
export function PageShell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="redline-page" aria-labelledby="redline-page-title">
      <h1 id="redline-page-title">{title}</h1>
      {children}
    </main>
  );
}
