import { z } from 'zod';
import { HearingVoices } from '../voice/voice.bench.ts';
import { ChecklistDto, HistoryPointDto } from './wellbeing.dto.ts';

/**
 * GET /api/v1/hearings/:hearingId/bench-view: one hearing as the judge reads it from the bench. Per child
 * of the case: age, placement now, days in care, the well-being checklist with concerns first (the
 * question to ask beside each is the instrument's, by item id) and its trend; then the sections of the
 * other slices (voice, education, contacts, transition), each as that slice's loader answers.
 */
export const BenchChildDto = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  /** Age on the hearing's date. */
  age: z.number().nullable(),
  placement: z
    .object({ setting: z.string(), providerName: z.string().nullable(), since: z.string() })
    .nullable(),
  /** The open removal's date, and days since it to today; null when the child is not in care. */
  removalDate: z.string().nullable(),
  daysInCare: z.number().nullable(),
  /** The checklist, items in the bench's order (concerns, then unanswered, then the rest); null before the first version. */
  checklist: ChecklistDto.nullable(),
  history: z.array(HistoryPointDto),
});
export type BenchChildDto = z.infer<typeof BenchChildDto>;

export const BenchViewDto = z.object({
  hearing: z.object({
    id: z.string(),
    type: z.string(),
    start: z.string(),
    date: z.string(),
    status: z.string(),
    caseId: z.string(),
    petitionNumber: z.string(),
    judgeName: z.string().nullable(),
    courtroom: z.string().nullable(),
  }),
  today: z.string(),
  children: z.array(BenchChildDto),
  voices: HearingVoices,
  /** server/src/education/education.bench.ts: one summary per child. */
  education: z.array(z.unknown()),
  /** server/src/contacts/contacts.bench.ts: one summary per child. */
  contacts: z.array(z.unknown()),
  /** server/src/transition/transition.bench.ts. */
  transition: z.object({ children: z.array(z.unknown()) }),
});
export type BenchViewDto = z.infer<typeof BenchViewDto>;
