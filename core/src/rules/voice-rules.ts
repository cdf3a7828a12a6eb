import type { CitedNumber } from './rule-pack.ts';

/**
 * When a young person may write to the judge, and until when a statement or a caregiver's report may be
 * sent for a hearing (domain-rules §7.3, §9). Which caregivers may report is the notice rules' list of
 * caregiver settings (SSA §475(5)(G)), not repeated here.
 */
export type VoiceRules = {
  /** A youth this old or older on the hearing's date may write to the judge without the court's leave. */
  youthVoiceAge: CitedNumber;
  /**
   * Statements and caregiver reports close this many minutes before the hearing starts (0: at the start).
   * A court may ask for them earlier, to read them before the docket begins.
   */
  closesMinutesBeforeHearing: CitedNumber;
};

export const FEDERAL_VOICE_RULES: VoiceRules = {
  // §475(1)(B) and §475A(b) (P.L. 113-183) make 14 the age a youth takes part in their own case planning;
  // that federal law sets no age for writing to the court is why this is marked unconfirmed: the age is
  // carried over from case planning, and younger children may write with the court's permission.
  youthVoiceAge: {
    value: 14,
    citation: 'SSA §475(1)(B), §475A(b) (P.L. 113-183): a youth of 14 or older takes part in case planning',
    unconfirmed: true,
  },
  // No rule sets a deadline for a youth's or caregiver's written statement: the court's practice.
  closesMinutesBeforeHearing: {
    value: 0,
    citation: "Court practice: open until the hearing starts (set by the court's local practice)",
    unconfirmed: true,
  },
};

export const NEW_MEXICO_VOICE_RULES: VoiceRules = {
  ...FEDERAL_VOICE_RULES,
  youthVoiceAge: {
    value: 14,
    citation:
      'NMSA 1978 §32A-4-10; Rule 10-312 NMRA (a youth of 14 or older has an attorney and takes part); SSA §475A(b)',
    unconfirmed: true,
  },
};
