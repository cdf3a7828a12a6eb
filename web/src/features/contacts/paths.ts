/** The addresses of the contact pages. */
export const contactPaths = {
  list: (childId: string) => `/children/${encodeURIComponent(childId)}/contacts`,
  record: (childId: string) => `/children/${encodeURIComponent(childId)}/contacts/new`,
  contact: (contactId: string) => `/contacts/${encodeURIComponent(contactId)}`,
  compliance: (month?: string) => (month ? `/contacts/compliance?month=${month}` : '/contacts/compliance'),
  reviews: '/contacts/reviews',
};
