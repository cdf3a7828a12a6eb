import type { SensitiveFieldClass } from '@hearth/core';
import type { DemoCtx } from './demo-accounts.ts';
import { childrenOnCases, openDocketCases } from './demo-lookups.ts';

/** A sensitive fact to record: [child, class, summary, recorded by]; no child, no fact. */
type Fact = [string | undefined, SensitiveFieldClass, string, string | null];

/**
 * Sensitive facts the grants can be seen at work on: several classes on the caseworker's and the
 * judge's cases, recorded by the caseworker for the classes the caseworker is granted.
 */
export async function recordDemoSensitiveFacts(
  ctx: DemoCtx,
  on: { caseworkerAccountId: string; caseworkerCases: string[]; judgeId: string; galCases: string[] },
): Promise<void> {
  const { tx } = ctx;
  const caseworkerChildren = await childrenOnCases(tx, on.caseworkerCases);
  const facts = caseworkerFacts(caseworkerChildren, on.caseworkerAccountId);
  const docketCases = await openDocketCases(tx, on.judgeId, on.caseworkerCases);
  const docketChildren = await childrenOnCases(tx, docketCases);
  facts.push(...docketFacts(docketChildren));
  const galChildren = await childrenOnCases(tx, on.galCases.slice(-3));
  facts.push([
    galChildren[galChildren.length - 1],
    'health',
    'Synthetic record: developmental delay; early-intervention services twice a week.',
    null,
  ]);
  for (const [childId, fieldClass, summary, recordedBy] of facts) {
    if (!childId) continue;
    await tx.query(
      `INSERT INTO child_sensitive_fact (jurisdiction_id, child_id, field_class, summary, detail, recorded_by)
       VALUES ($1, $2, $3, $4, '{"synthetic": true}', $5)`,
      [ctx.jurisdictionId, childId, fieldClass, summary, recordedBy],
    );
  }
}

/** On the caseworker's children, oldest first. */
function caseworkerFacts(children: string[], caseworkerAccountId: string): Fact[] {
  return [
    [
      children[0],
      'substance_use',
      'Synthetic record: cannabis use reported; outpatient adolescent program enrolled.',
      caseworkerAccountId,
    ],
    [
      children[0],
      'sogi',
      'Synthetic record: youth uses they/them pronouns; affirming placement requested.',
      caseworkerAccountId,
    ],
    [
      children[1],
      'health',
      'Synthetic record: asthma, daily controller inhaler; pulmonology follow-up every 6 months.',
      caseworkerAccountId,
    ],
    [
      children[2],
      'health',
      'Synthetic record: type 1 diabetes; insulin pump; school nurse plan on file.',
      caseworkerAccountId,
    ],
    [
      children[2],
      'immigration_status',
      'Synthetic record: not a U.S. citizen; SIJS predicate findings under discussion.',
      null, // recorded by someone granted this class; the caseworker is not
    ],
  ];
}

/** On children of other cases on the judge's docket, recorded by someone granted each class. */
function docketFacts(children: string[]): Fact[] {
  return [
    [
      children[0],
      'sealed_adoption',
      'Synthetic record: prior adoption in another state; records sealed.',
      null,
    ],
    [
      children[0],
      'health',
      'Synthetic record: seizure disorder, well controlled; neurology review yearly.',
      null,
    ],
    [
      children[1],
      'immigration_status',
      'Synthetic record: lawful permanent resident; card held by caseworker.',
      null,
    ],
    [
      children[2],
      'substance_use',
      'Synthetic record: alcohol use at intake; assessment completed, no treatment recommended.',
      null,
    ],
  ];
}
