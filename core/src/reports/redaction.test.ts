import { describe, expect, it } from 'vitest';
import { SENSITIVE_FIELD_CLASSES, type SensitiveFieldClass } from '../access/sensitive.ts';
import { NEW_MEXICO_RULE_PACK } from '../rules/rule-pack.ts';
import { assembleReport } from './assemble.ts';
import { redactReport } from './redact.ts';
import {
  mayCarry,
  recipientGrants,
  REDACTION_RULES,
  REPORT_FIELD_CLASSES,
  REPORT_RECIPIENTS,
  type ReportFieldClass,
  type ReportRecipient,
} from './redaction.ts';
import { childFacts, reportFacts } from './test-facts.ts';

const ALL_SENSITIVE = [...SENSITIVE_FIELD_CLASSES];
const access = (
  recipient: ReportRecipient,
  grants: readonly SensitiveFieldClass[] = ALL_SENSITIVE,
  generator: readonly SensitiveFieldClass[] = ALL_SENSITIVE,
) => ({ recipient, recipientGrants: grants, generatorGrants: generator });

/**
 * Which recipient may ever see each sensitive class, written out by hand from the rules' sources (not
 * computed from the table it tests). Columns: judge, agency attorney, parent's attorney, GAL or youth
 * attorney, CASA, caregiver, parent, youth, tribe.
 */
const SENSITIVE_BY_HAND: Record<SensitiveFieldClass, string> = {
  //                 J  A  P  G  V  F  p  y  T
  health: /*      */ 'Y  Y  -  Y  Y  Y  -  -  -',
  substance_use: /**/ 'Y  Y  -  Y  -  -  -  -  -',
  immigration_status: 'Y  Y  -  Y  -  -  -  -  -',
  sogi: /*        */ 'Y  -  -  Y  -  -  -  -  -',
  sealed_adoption: ' Y  -  -  -  -  -  -  -  -',
};
const OTHER_BY_HAND: Record<Exclude<ReportFieldClass, SensitiveFieldClass>, string> = {
  case_basics: /*        */ 'Y  Y  Y  Y  Y  Y  Y  Y  Y',
  parties: /*            */ 'Y  Y  Y  Y  Y  -  Y  -  Y',
  case_history: /*       */ 'Y  Y  Y  Y  Y  -  Y  -  Y',
  current_placement: /*  */ 'Y  Y  Y  Y  Y  Y  Y  Y  Y',
  caregiver_identity: /* */ 'Y  Y  -  Y  Y  -  -  -  Y',
  parent_contact: /*     */ 'Y  Y  -  Y  Y  -  -  -  -',
  permanency: /*         */ 'Y  Y  Y  Y  Y  Y  Y  Y  Y',
  visits: /*             */ 'Y  Y  Y  Y  Y  Y  Y  Y  Y',
  wellbeing: /*          */ 'Y  Y  Y  Y  Y  Y  Y  Y  Y',
  wellbeing_not_at_home: ' Y  Y  Y  Y  Y  -  Y  -  Y',
  education: /*          */ 'Y  Y  Y  Y  Y  Y  Y  Y  -',
  youth_statement: /*    */ 'Y  -  -  Y  -  -  -  Y  -',
  caregiver_statement: /**/ 'Y  Y  Y  Y  Y  Y  -  -  Y',
  transition_plan: /*    */ 'Y  Y  Y  Y  Y  Y  -  Y  Y',
  narrative: /*          */ 'Y  Y  Y  Y  Y  -  Y  -  Y',
};
const row = (s: string): boolean[] =>
  s
    .trim()
    .split(/\s+/)
    .map((c) => c === 'Y');

describe('redaction table: each sensitive class × each recipient', () => {
  const cases = ALL_SENSITIVE.flatMap((c) =>
    REPORT_RECIPIENTS.map((r, i) => [c, r, row(SENSITIVE_BY_HAND[c])[i]!] as const),
  );
  it.each(cases)('%s for the %s: carried with the grant = %s', (fieldClass, recipient, allowed) => {
    expect(mayCarry(fieldClass, access(recipient))).toBe(allowed);
  });
  it.each(cases)('%s for the %s: never carried without the recipient’s grant', (fieldClass, recipient) => {
    const others = ALL_SENSITIVE.filter((c) => c !== fieldClass);
    expect(mayCarry(fieldClass, access(recipient, others))).toBe(false);
  });
  it.each(cases)(
    '%s for the %s: never more than the person generating it may read',
    (fieldClass, recipient) => {
      const others = ALL_SENSITIVE.filter((c) => c !== fieldClass);
      expect(mayCarry(fieldClass, access(recipient, ALL_SENSITIVE, others))).toBe(false);
    },
  );
});

describe('redaction table: the other classes × each recipient', () => {
  const classes = Object.keys(OTHER_BY_HAND) as (keyof typeof OTHER_BY_HAND)[];
  it('covers every class of the model', () => {
    expect([...classes, ...ALL_SENSITIVE].sort()).toEqual([...REPORT_FIELD_CLASSES].sort());
  });
  it.each(
    classes.flatMap((c) => REPORT_RECIPIENTS.map((r, i) => [c, r, row(OTHER_BY_HAND[c])[i]!] as const)),
  )('%s for the %s = %s, with or without grants', (fieldClass, recipient, allowed) => {
    expect(mayCarry(fieldClass, access(recipient))).toBe(allowed);
    expect(mayCarry(fieldClass, access(recipient, [], []))).toBe(allowed);
  });
  it('gives every rule a reason, and sensitive classes, and only they, need the grant', () => {
    for (const [c, rule] of Object.entries(REDACTION_RULES)) {
      expect(rule.why.length, c).toBeGreaterThan(20);
      expect(rule.needsGrant, c).toBe((ALL_SENSITIVE as string[]).includes(c));
    }
  });
});

describe('the youth’s statement', () => {
  it.each(REPORT_RECIPIENTS.map((r) => [r] as const))(
    'reaches the %s only if the youth shared it (or the judge)',
    (r) => {
      const always = ['judge', 'guardian_ad_litem', 'youth'].includes(r);
      expect(mayCarry('youth_statement', access(r), [])).toBe(always);
      expect(mayCarry('youth_statement', access(r), [r])).toBe(true);
    },
  );
});

describe('a recipient role’s grants', () => {
  it('holds none when nobody with an account holds the role (a parent, the tribe)', () => {
    expect(recipientGrants([])).toEqual([]);
  });
  it('holds a class only when every holder may read sensitive classes and holds its grant', () => {
    const judge = { roles: ['judge'] as const, grants: ['health', 'sogi'] as const };
    expect(recipientGrants([judge])).toEqual(['sogi', 'health']);
    expect(recipientGrants([judge, { roles: ['guardian_ad_litem'], grants: ['health'] }])).toEqual([
      'health',
    ]);
    // A CASA volunteer's role holds no sensitive.read: a stray grant row does not open anything.
    expect(recipientGrants([{ roles: ['casa_volunteer'], grants: ['health'] }])).toEqual([]);
  });
});

describe('a redacted copy', () => {
  const model = assembleReport(
    reportFacts({
      children: [
        childFacts({
          sensitive: [
            { fieldClass: 'health', summary: 'Asthma; inhaler at school' },
            { fieldClass: 'immigration_status', summary: 'SIJS findings requested' },
          ],
        }),
      ],
    }),
    '2025-06-02',
    NEW_MEXICO_RULE_PACK,
  );
  it('for the parent’s attorney leaves out the caregiver, other parents’ contact and every sensitive class', () => {
    const { model: copy, withheld } = redactReport(model, access('parent_attorney', []));
    const text = JSON.stringify(copy);
    expect(withheld).toBe(true);
    for (const hidden of ['Rivera foster home', '12 Calle Falsa', '505-555-0100', 'Asthma', 'SIJS'])
      expect(text).not.toContain(hidden);
    expect(text).toContain('Pat Testchild');
    expect(text).toContain('foster_family_nonrelative');
    expect(copy.children[0]!.sensitive.health).toEqual({ guard: 'health', shown: false });
  });
  it('for a judge holding the grants carries them all', () => {
    const { model: copy } = redactReport(model, access('judge'));
    const text = JSON.stringify(copy);
    for (const shown of ['Rivera foster home', '12 Calle Falsa', '505-555-0100', 'Asthma', 'SIJS'])
      expect(text).toContain(shown);
  });
  it('withholds the same classes for a child with no sensitive records as for one with some', () => {
    const empty = assembleReport(
      reportFacts({ children: [childFacts({ sensitive: [] })] }),
      '2025-06-02',
      NEW_MEXICO_RULE_PACK,
    );
    const a = redactReport(model, access('parent', [])).model.children[0]!.sensitive;
    const b = redactReport(empty, access('parent', [])).model.children[0]!.sensitive;
    expect(a).toEqual(b);
  });
});
