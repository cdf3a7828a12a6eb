import type { ReactNode } from 'react';
import { CompliancePage } from './CompliancePage.tsx';
import { ContactPage } from './ContactPage.tsx';
import { ContactsPage } from './ContactsPage.tsx';
import { MyReviewsPage } from './MyReviewsPage.tsx';
import { RecordContactPage } from './RecordContactPage.tsx';

/** The contact pages by address; null when the address is not theirs. */
export function contactsRoute(path: string): ReactNode | null {
  if (/^\/contacts\/compliance\/?$/.test(path)) return <CompliancePage />;
  if (/^\/contacts\/reviews\/?$/.test(path)) return <MyReviewsPage />;
  const one = /^\/contacts\/([^/]+)\/?$/.exec(path);
  if (one) return <ContactPage key={one[1]} contactId={decodeURIComponent(one[1]!)} />;
  const record = /^\/children\/([^/]+)\/contacts\/new\/?$/.exec(path);
  if (record) return <RecordContactPage key={record[1]} childId={decodeURIComponent(record[1]!)} />;
  const list = /^\/children\/([^/]+)\/contacts\/?$/.exec(path);
  if (list) return <ContactsPage key={list[1]} childId={decodeURIComponent(list[1]!)} />;
  return null;
}
