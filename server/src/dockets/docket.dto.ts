import { z } from 'zod';
import { isoDate, uuid } from '../platform/schemas.ts';

/** The most days one docket covers: a week. */
export const MAX_DOCKET_DAYS = 7;

const docketQueryShape = {
  judgeId: uuid.optional().describe("The judge whose docket to show (default: your own, if you're a judge)"),
  courtroomId: uuid.optional().describe('The courtroom whose docket to show, instead of a judge'),
  from: isoDate.optional().describe("The first day, on the court's calendar (default: today there)"),
  days: z.coerce
    .number('must be a number of days from 1 to 7')
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(MAX_DOCKET_DAYS, `must be at most ${MAX_DOCKET_DAYS}`)
    .default(1)
    .describe('How many days from `from`: 1 for a day, 7 for a week'),
};

export const DocketQuery = z.strictObject(docketQueryShape);
export type DocketQueryDto = z.infer<typeof DocketQuery>;

export const DOCKET_LANGUAGES = ['en', 'es'] as const;
export type DocketLanguage = (typeof DOCKET_LANGUAGES)[number];

export const DocketPdfQuery = z.strictObject({
  ...docketQueryShape,
  lang: z.enum(DOCKET_LANGUAGES, 'must be en or es').default('en').describe('The language of the page'),
});
export type DocketPdfQueryDto = z.infer<typeof DocketPdfQuery>;

const Named = z.object({ id: z.string(), name: z.string() });

/** Someone expected at the hearing: a child (by initials only), a party, or a caregiver. */
const Expected = z.object({
  /** `child`, or the `case_participant.case_role` code. */
  role: z.string(),
  /** A child's initials ("M.T."); anyone else's given and family name. */
  name: z.string(),
  isChild: z.boolean(),
});

const InterpreterNeed = z.object({
  /** The language code recorded on the person (`es`, `nv`, `vi` …). */
  language: z.string(),
  /** Who needs it, as the docket names them (children by initials). */
  for: z.array(z.string()),
  /** An interpreter for this language is on the case. */
  assigned: z.boolean(),
});

const Overlap = z.object({
  hearingId: z.string(),
  start: z.string(),
  end: z.string(),
  sharing: z.array(z.enum(['judge', 'courtroom'])),
  /** Only when you may read that hearing's case. */
  petitionNumber: z.string().nullable(),
  judge: z.string().nullable(),
  courtroom: z.string().nullable(),
});

export const DocketHearing = z.object({
  id: z.string(),
  start: z.string(),
  end: z.string(),
  minutes: z.number(),
  /**
   * The usual length of a hearing of its type in the jurisdiction's calendar rules (domain-rules §10.2:
   * NCJFCJ docket times, not yet confirmed), when the case is shown; `shorter` when this one is set for less.
   */
  usual: z
    .object({ minutes: z.number(), shorter: z.boolean(), citation: z.string(), unconfirmed: z.boolean() })
    .nullable(),
  status: z.string(),
  /**
   * The hearing of a case you may not read (another judge's, in a room of your court): its time, room and
   * judge are shown, so the room's use is plain, and nothing of the case.
   */
  withheld: z.boolean(),
  hearingType: z.string().nullable(),
  judge: Named.nullable(),
  courtroom: Named.nullable(),
  case: z.object({ id: z.string(), petitionNumber: z.string() }).nullable(),
  expected: z.array(Expected),
  interpreters: z.array(InterpreterNeed),
  overlaps: z.array(Overlap),
});
export type DocketHearingDto = z.infer<typeof DocketHearing>;

export const Docket = z.object({
  subject: z.object({
    kind: z.enum(['judge', 'courtroom']),
    id: z.string(),
    name: z.string(),
    court: z.string(),
  }),
  timeZone: z.string(),
  from: z.string(),
  /** The last day shown. */
  to: z.string(),
  days: z.array(
    z.object({
      date: z.string(),
      /** Midnight to midnight on the court's calendar: 23 or 25 hours on a daylight-saving change. */
      start: z.string(),
      end: z.string(),
      hearings: z.array(DocketHearing),
      /** Free time between the day's hearings. */
      gaps: z.array(z.object({ start: z.string(), end: z.string(), minutes: z.number() })),
    }),
  ),
  counts: z.object({ hearings: z.number(), overlapping: z.number(), interpreters: z.number() }),
});
export type DocketDto = z.infer<typeof Docket>;

/** The judges and courtrooms whose dockets you may open, and the one shown first. */
export const DocketChoices = z.object({
  judges: z.array(z.object({ id: z.string(), name: z.string(), court: z.string() })),
  courtrooms: z.array(z.object({ id: z.string(), name: z.string(), court: z.string() })),
  preferred: z.object({ kind: z.enum(['judge', 'courtroom']), id: z.string() }).nullable(),
});
export type DocketChoicesDto = z.infer<typeof DocketChoices>;
