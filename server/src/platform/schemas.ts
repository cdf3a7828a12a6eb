import { isIsoDate } from '@hearth/core';
import { z } from 'zod';

/** Shared request shapes. Dates are calendar dates (`YYYY-MM-DD`), checked to be real days. */
export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'must be a real calendar date written YYYY-MM-DD' })
  .meta({ format: 'date' });

export const isoDateTime = z.iso.datetime({
  offset: true,
  message: 'must be a date and time with a UTC offset',
});

export const uuid = z.uuid('must be an id (UUID)');

export const Page = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export type PageInfo = { limit: number; offset: number; nextOffset: number | null };

/** Fetch `limit + 1` rows and call this: the extra row only tells whether another page exists. */
export function paginate<T>(rows: T[], limit: number, offset: number): { items: T[]; page: PageInfo } {
  const hasMore = rows.length > limit;
  return {
    items: hasMore ? rows.slice(0, limit) : rows,
    page: { limit, offset, nextOffset: hasMore ? offset + limit : null },
  };
}

export const etagOf = (version: number): string => `"${version}"`;

/** The version an If-Match header names, or null when absent; a malformed header is a 412 like any stale one. */
export function versionFromIfMatch(header: string | undefined): number | null {
  if (header === undefined) return null;
  const m = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  return m ? Number(m[1]) : -1;
}

/** A break-the-glass read names its reason in this header. */
export const BREAK_GLASS_HEADER = 'x-break-glass-reason';
