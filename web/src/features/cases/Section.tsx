import type { ReactNode } from 'react';

/** A titled part of a page, named by its heading for landmark navigation. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="margin-top-5">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
