import type { Account } from '../../api/types.ts';
import { listAccountsPage } from '../../api/hearth.ts';
import { ApiError } from '../../api/client.ts';

/**
 * One account of the jurisdiction, looked up page by page in the accounts list (the API has no route for
 * a single account). An id not in the list answers 404, as the API does for a record out of reach.
 */
export async function findAccount(id: string, signal?: AbortSignal): Promise<Account> {
  for (let offset: number | null = 0; offset !== null;) {
    const { items, page } = await listAccountsPage(offset, signal);
    const found = items.find((a) => a.id === id);
    if (found) return found;
    offset = page.nextOffset;
  }
  throw new ApiError(404, 'Not found', 'No account was found.');
}
