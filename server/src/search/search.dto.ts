import { z } from 'zod';

export const SearchQueryParams = z.strictObject({
  q: z
    .string('type a name, a date of birth or a petition number')
    .trim()
    .min(2, 'type at least 2 characters')
    .max(100, 'type at most 100 characters'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1000).default(0),
});
export type SearchQueryParamsDto = z.infer<typeof SearchQueryParams>;

const Matched = z.enum(['name', 'birthDate', 'petitionNumber']);
const Score = z.number().min(0).max(1).describe('How close the match is: 1 is exact');

const ChildHit = z.object({
  kind: z.literal('child'),
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  /** Only the petitions of cases the viewer may open; none for a caregiver or a youth. */
  petitionNumbers: z.array(z.string()),
  matched: Matched,
  score: Score,
});

const CaseHit = z.object({
  kind: z.literal('case'),
  id: z.string(),
  petitionNumber: z.string(),
  status: z.string(),
  courtName: z.string(),
  children: z.array(z.object({ givenName: z.string(), familyName: z.string() })),
  matched: Matched,
  score: Score,
});

/** Someone on a case (a parent, a relative, a caregiver, a professional), once per case they are on. */
const PersonHit = z.object({
  kind: z.literal('person'),
  id: z.string().describe('The person'),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  /** `case_participant.case_role` codes, ended roles too, as the case page lists them. */
  caseRoles: z.array(z.string()),
  case: z.object({ id: z.string(), petitionNumber: z.string() }),
  matched: Matched,
  score: Score,
});

export const SearchResults = z.object({
  items: z.array(z.discriminatedUnion('kind', [ChildHit, CaseHit, PersonHit])),
  page: z.object({ limit: z.number(), offset: z.number(), nextOffset: z.number().nullable() }),
});
export type SearchResultsDto = z.infer<typeof SearchResults>;
export type SearchHitDto = SearchResultsDto['items'][number];
