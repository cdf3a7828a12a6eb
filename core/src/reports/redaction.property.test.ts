import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SENSITIVE_FIELD_CLASSES } from '../access/sensitive.ts';
import { NEW_MEXICO_RULE_PACK } from '../rules/rule-pack.ts';
import { assembleReport } from './assemble.ts';
import type { Guarded, ReportChildFacts, ReportConcern, ReportFacts } from './model.ts';
import { redactReport } from './redact.ts';
import { mayCarry, REPORT_RECIPIENTS, type CopyAccess } from './redaction.ts';
import { childFacts, reportFacts } from './test-facts.ts';

/**
 * Property: a redacted copy never contains any value of a class it withholds. Every free text of the
 * facts is a unique marker ("m-<uuid>"), so a marker found in the copy can only have come from where it
 * was put; the markers under each withheld guard of the unredacted model must all be gone.
 */
const marker = fc.uuid().map((u) => `m-${u}`);
const recipient = fc.constantFrom(...REPORT_RECIPIENTS);
const classes = fc.subarray([...SENSITIVE_FIELD_CLASSES]);
const statement = fc.option(
  fc.record({ text: marker, writtenOn: fc.constant(null), by: fc.option(marker, { nil: null }) }),
  { nil: null },
);

const childArb: fc.Arbitrary<ReportChildFacts> = fc
  .record({
    id: marker,
    given: marker,
    provider: marker,
    caregiver: marker,
    address: marker,
    sensitive: fc.array(
      fc.record({ fieldClass: fc.constantFrom(...SENSITIVE_FIELD_CLASSES), summary: marker }),
      {
        maxLength: 6,
      },
    ),
    youth: statement,
    sharedWith: fc.subarray([...REPORT_RECIPIENTS]),
    caregiverWords: statement,
    concern: marker,
    homeConcern: marker,
    healthConcern: marker,
    caregiverHealth: fc.option(marker, { nil: null }),
    school: marker,
    plan504: marker,
  })
  .map((r) =>
    childFacts({
      id: r.id,
      givenName: r.given,
      placements: [
        {
          removalId: 'r1',
          setting: 'foster_family_relative',
          start: '2025-01-05',
          end: null,
          provider: r.provider,
          caregivers: [r.caregiver],
          address: r.address,
        },
      ],
      sensitive: r.sensitive,
      sections: {
        youthStatement: {
          guard: 'youth_statement',
          shown: true,
          value: r.youth && { ...r.youth, by: { guard: 'case_basics', shown: true, value: r.youth.by } },
          sharedWith: r.sharedWith,
        },
        caregiverStatement: {
          guard: 'caregiver_statement',
          shown: true,
          value: r.caregiverWords && {
            ...r.caregiverWords,
            by: { guard: 'caregiver_identity', shown: true, value: r.caregiverWords.by },
          },
        },
        caregiverHealth: { guard: 'health', shown: true, value: r.caregiverHealth },
        wellbeing: {
          guard: 'wellbeing',
          shown: true,
          value: {
            status: 'submitted',
            submittedOn: null,
            concerns: [{ domain: 'x', itemId: 'x.y', note: r.concern }],
          },
        },
        wellbeingNotAtHome: {
          guard: 'wellbeing_not_at_home',
          shown: true,
          value: [{ domain: 'z', itemId: 'z.y', note: r.homeConcern }],
        },
        wellbeingSensitive: Object.fromEntries(
          SENSITIVE_FIELD_CLASSES.map((c) => [
            c,
            {
              guard: c,
              shown: true,
              value: [{ domain: 'y', itemId: 'y.z', note: `${r.healthConcern}-${c}` }],
            },
          ]),
        ) as Record<(typeof SENSITIVE_FIELD_CLASSES)[number], Guarded<ReportConcern[]>>,
        education: {
          guard: 'education',
          shown: true,
          value: {
            school: r.school,
            schoolMoves: 1,
            decisionMaker: null,
            daysAbsent: null,
            credits: null,
            flags: [],
          },
        },
        specialEducation: {
          guard: 'health',
          shown: true,
          value: { planType: r.plan504, planDate: '2025-01-01', nextReviewOn: null },
        },
      },
    }),
  );

const factsArb: fc.Arbitrary<ReportFacts> = fc
  .record({
    children: fc.array(childArb, { minLength: 1, maxLength: 3 }),
    parentName: marker,
    parentAddress: marker,
    parentPhone: marker,
    allegation: marker,
    narrative: fc.option(fc.record({ o: marker, w: marker, r: marker }), { nil: null }),
  })
  .map((r) =>
    reportFacts({
      kind: r.narrative ? 'casa' : 'agency',
      case: { ...reportFacts().case, allegations: [r.allegation] },
      parents: [
        { name: r.parentName, role: 'parent', address: r.parentAddress, phone: r.parentPhone, email: null },
      ],
      children: r.children,
      narrative: r.narrative
        ? {
            status: 'draft',
            updatedOn: null,
            observations: r.narrative.o,
            childWishes: r.narrative.w,
            recommendations: r.narrative.r,
          }
        : null,
    }),
  );

/** Numbers every marker of the facts, so no two are alike even when fast-check shrinks the uuids. */
function numbered<T>(facts: T): T {
  let n = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string' && v.startsWith('m-')) return `m-${n++}-${v.slice(2)}`;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(facts) as T;
}

/**
 * The markers under each guard the copy may not carry (walked in the unredacted model), less those the
 * records also put where the copy may carry them: a child's current home is also in their placement
 * history, and a caregiver may see the one but not the other.
 */
function withheldMarkers(model: unknown, access: CopyAccess): string[] {
  const hidden = new Set<string>();
  const carried = new Set<string>();
  const walk = (v: unknown, into: Set<string>): void => {
    if (typeof v === 'string' && v.startsWith('m-')) into.add(v);
    if (Array.isArray(v)) return v.forEach((x) => walk(x, into));
    if (!v || typeof v !== 'object') return;
    const g = v as Guarded<unknown> & { sharedWith?: readonly (typeof REPORT_RECIPIENTS)[number][] };
    if (typeof g.guard === 'string' && typeof g.shown === 'boolean' && g.shown) {
      const carry = into === carried && mayCarry(g.guard, access, g.sharedWith ?? []);
      return walk(g.value, carry ? carried : hidden);
    }
    Object.values(v).forEach((x) => walk(x, into));
  };
  walk(model, carried);
  return [...hidden].filter((m) => !carried.has(m));
}

describe('a redacted report (property)', () => {
  it('never contains any value of a class withheld from its recipient', () => {
    fc.assert(
      fc.property(factsArb, recipient, classes, classes, (facts, r, grants, generator) => {
        const model = assembleReport(numbered(facts), '2025-06-02', NEW_MEXICO_RULE_PACK);
        const access: CopyAccess = { recipient: r, recipientGrants: grants, generatorGrants: generator };
        const hidden = withheldMarkers(model, access);
        const { model: copy, withheld } = redactReport(model, access);
        const text = JSON.stringify(copy);
        for (const m of hidden) expect(text).not.toContain(m);
        // Every recipient but the judge with every grant has something withheld: the notice says so.
        if (hidden.length > 0) expect(withheld).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every value of a class the recipient may see', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const model = assembleReport(facts, '2025-06-02', NEW_MEXICO_RULE_PACK);
        const all = [...SENSITIVE_FIELD_CLASSES];
        const { model: copy } = redactReport(model, {
          recipient: 'judge',
          recipientGrants: all,
          generatorGrants: all,
        });
        expect(copy).toEqual(model);
      }),
      { numRuns: 100 },
    );
  });
});
