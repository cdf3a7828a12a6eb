import type { ReactNode } from 'react';
import { BenchmarkReviewsPage } from './BenchmarkReviewsPage.tsx';
import { TprExceptionPage } from './TprExceptionPage.tsx';

/** The pacing pages, by address; null when the address is not one of them. */
export function pacingPage(path: string): ReactNode | null {
  const reviews = /^\/cases\/([^/]+)\/reviews\/?$/.exec(path);
  if (reviews) return <BenchmarkReviewsPage key={reviews[1]} caseId={decodeURIComponent(reviews[1]!)} />;
  const exception = /^\/children\/([^/]+)\/tpr-exception\/?$/.exec(path);
  if (exception) return <TprExceptionPage key={exception[1]} childId={decodeURIComponent(exception[1]!)} />;
  return null;
}
