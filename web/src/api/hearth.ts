// The API calls the web interface makes, one function each.
import { api } from './client.ts';
import type { Account, CaseDetail, CaseSummary, ChildRecord, ChildSummary, List, Me } from './types.ts';

export const signIn = (email: string, password: string) =>
  api.post<Me>('/api/v1/session', { email, password });
export const signOut = () => api.delete<void>('/api/v1/session');
export const getMe = (signal?: AbortSignal) => api.get<Me>('/api/v1/me', { signal });

export const listCases = (signal?: AbortSignal) =>
  api.get<List<CaseSummary>>('/api/v1/cases', { query: { limit: 50 }, signal });
export const getCase = (id: string, signal?: AbortSignal) =>
  api.get<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}`, { signal });

export const listChildren = (signal?: AbortSignal) =>
  api.get<List<ChildSummary>>('/api/v1/children', { query: { limit: 50 }, signal });

export const getChild = (id: string, signal?: AbortSignal) =>
  api.get<ChildRecord>(`/api/v1/children/${encodeURIComponent(id)}`, { signal });

export const listAccounts = (signal?: AbortSignal) =>
  api.get<List<Account>>('/api/v1/accounts', { query: { limit: 200 }, signal });
