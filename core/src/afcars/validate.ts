/**
 * Checks of an AFCARS 2020 out-of-home-care record before it becomes interchange rows, after the AFCARS
 * XML Editor's validators (afcars2020.md §6; domain-rules §2 "What a system must implement" 4: exit after
 * removal, no future dates, "not applicable" while open) and the interchange contract's own errors
 * (cqi-interchange.md "Validation": overlapping episodes, a placement outside its episode).
 *
 * Deliberately lenient where the editor's data-entry checks ask for what the interchange does not need
 * and Hearth cannot always supply (docs/afcars-2020.md, "Checks"): an empty E6, no race flag set, an E4
 * shorter than 12 characters, E156 missing on a transfer, E122 missing out of state. A value that is given
 * must still be valid.
 */
import {
  AFCARS_2020,
  afcarsCodes,
  E113_CODES,
  E120_LIVING_ARRANGEMENT,
  E120_RUNAWAY_CODES,
  E121_LOCATION,
  E148_PERMANENCY_PLAN,
  E152_VISIT_LOCATION,
  E155_EXIT_REASON,
  E155_NOT_APPLICABLE,
  E156_TRANSFER_AGENCY,
  E21_HISPANIC,
  E6_SEX,
  E71_REMOVAL_ENVIRONMENT,
  FOSTER_HOME_FLAGS,
  isoFromAfcarsDate,
  REMOVAL_1993_EXIT_EDITOR,
  type AfcarsCodeList,
  type AfcarsVersion,
  type Removal1993Coding,
} from './codes.ts';
import { RACE_ELEMENTS, type AfcarsCell, type AfcarsRecord, type AfcarsRemoval2020 } from './model.ts';

export type AfcarsIssue = { element: string; line: number | null; message: string };

export type AfcarsCheckContext = {
  /** End of the file's reporting period (from E2), `YYYY-MM-DD`. */
  periodEnd: string;
  /** Today, `YYYY-MM-DD`: no date may be after it. */
  today: string;
  version?: AfcarsVersion;
  removal1993?: Removal1993Coding;
};

/** What each checked element is, in the messages. */
const LABEL: Record<string, string> = {
  E4: 'the child record number',
  E5: 'the date of birth',
  E6: 'the sex',
  E21: 'the Hispanic or Latino ethnicity',
  E69: 'the removal date',
  E70: 'the removal transaction date',
  E71: 'the environment at removal',
  E3: 'the local agency code',
  E112: 'the living arrangement date',
  E113: 'the foster family home flag',
  E120: 'the living arrangement type',
  E121: 'the location of the living arrangement',
  E147: 'the permanency plan date',
  E148: 'the permanency plan',
  E149: 'the periodic review date',
  E150: 'the permanency hearing date',
  E151: 'the caseworker visit date',
  E152: 'the caseworker visit location',
  E153: 'the exit date',
  E154: 'the exit transaction date',
  E155: 'the exit reason',
  E156: 'the agency the child was transferred to',
};
const label = (element: string): string => LABEL[element] ?? element;

/** Every problem of one record; an empty list means it converts cleanly. */
export function checkAfcarsRecord(rec: AfcarsRecord, ctx: AfcarsCheckContext): AfcarsIssue[] {
  const version = ctx.version ?? AFCARS_2020;
  const coding1993 = ctx.removal1993 ?? REMOVAL_1993_EXIT_EDITOR;
  const effective = version.effectiveFrom.value;
  const issues: AfcarsIssue[] = [];
  const fail = (element: string, cell: AfcarsCell | null, line: number | null, message: string): void => {
    issues.push({ element, line: cell?.line ?? line, message });
  };

  /** A date element: null when empty or invalid (the problem is reported); bounds checked if given. */
  const date = (
    element: string,
    cell: AfcarsCell,
    opts: { required?: boolean; line?: number | null; notAfterPeriod?: boolean } = {},
  ): string | null => {
    if (cell.text === null) {
      if (opts.required) fail(element, cell, opts.line ?? null, `${label(element)} is missing`);
      return null;
    }
    const iso = isoFromAfcarsDate(cell.text);
    if (iso === null) {
      fail(element, cell, null, `${label(element)} "${cell.text}" is not a date (YYYYMMDD)`);
      return null;
    }
    if (iso > ctx.today)
      fail(element, cell, null, `${label(element)} ${iso} is in the future (today is ${ctx.today})`);
    else if (opts.notAfterPeriod && iso > ctx.periodEnd)
      fail(
        element,
        cell,
        null,
        `${label(element)} ${iso} is after the end of the reporting period (${ctx.periodEnd})`,
      );
    return iso;
  };

  /** A coded element: its code when valid, null when empty or not in the list (the latter reported). */
  const code = (
    element: string,
    cell: AfcarsCell,
    list: AfcarsCodeList<unknown> | readonly string[],
    opts: { required?: boolean; line?: number | null } = {},
  ): string | null => {
    if (cell.text === null) {
      if (opts.required) fail(element, cell, opts.line ?? null, `${label(element)} is missing`);
      return null;
    }
    const codes = Array.isArray(list)
      ? (list as readonly string[])
      : afcarsCodes(list as AfcarsCodeList<unknown>);
    if (!codes.includes(cell.text)) {
      fail(element, cell, null, `${label(element)} "${cell.text}" is not one of ${codes.join(', ')}`);
      return null;
    }
    return cell.text;
  };

  const flag = (element: string, cell: AfcarsCell): string | null => {
    if (cell.text === null) return null;
    if (cell.text !== '0' && cell.text !== '1') {
      fail(element, cell, null, `"${cell.text}" is not a flag (0 or 1)`);
      return null;
    }
    return cell.text;
  };

  /** A date that must not be before the removal date. */
  const notBeforeRemoval = (
    element: string,
    cell: AfcarsCell,
    iso: string | null,
    removal: string | null,
  ) => {
    if (iso !== null && removal !== null && iso < removal)
      fail(element, cell, null, `${label(element)} ${iso} is before the removal date ${removal}`);
  };

  // The child (afcars2020.md §6.1).
  if (rec.E4.text === null) fail('E4', rec.E4, rec.line, `${label('E4')} is missing`);
  else if (!/^[A-Za-z0-9]{1,12}$/.test(rec.E4.text))
    fail('E4', rec.E4, null, `${label('E4')} "${rec.E4.text}" is not 1 to 12 letters and digits`);
  const birth = date('E5', rec.E5, { required: true, line: rec.line, notAfterPeriod: true });
  code('E6', rec.E6, E6_SEX);
  const race = RACE_ELEMENTS.map((e) => flag(e, rec.race[e]));
  const [, , , , , , abandoned, declined] = race;
  if (abandoned === '1' && declined === '1')
    fail('E19', rec.race.E19, rec.line, 'race is marked both abandoned (E19) and declined (E20)');
  else if ((abandoned === '1' || declined === '1') && race.slice(0, 6).includes('1'))
    fail(
      abandoned === '1' ? 'E19' : 'E20',
      abandoned === '1' ? rec.race.E19 : rec.race.E20,
      rec.line,
      `race is marked ${abandoned === '1' ? 'abandoned (E19)' : 'declined (E20)'} together with a race or unknown (E13–E18)`,
    );
  code('E21', rec.E21, E21_HISPANIC);

  // Episodes, in time order, for the overlap check of the interchange contract.
  const spans: { removal: string; exit: string | null; cell: AfcarsCell }[] = [];

  for (const rem of rec.removals2020) {
    const removal = date('E69', rem.E69, { required: true, line: rem.line, notAfterPeriod: true });
    if (removal !== null && birth !== null && removal < birth)
      fail('E69', rem.E69, null, `${label('E69')} ${removal} is before the date of birth ${birth}`);
    date('E70', rem.E70);
    code('E71', rem.E71, E71_REMOVAL_ENVIRONMENT);
    if (rem.E3.text !== null && !/^[A-Za-z0-9]{5}$/.test(rem.E3.text))
      fail('E3', rem.E3, null, `${label('E3')} "${rem.E3.text}" is not 5 letters and digits`);
    const exit = checkExit(rem, removal);
    if (removal !== null) spans.push({ removal, exit, cell: rem.E69 });

    // Living arrangements (afcars2020.md §6.4), inside the episode as the interchange needs them.
    for (const la of rem.livingArrangements) {
      const start = date('E112', la.E112, { required: true, line: la.line, notAfterPeriod: true });
      notBeforeRemoval('E112', la.E112, start, removal);
      if (start !== null && exit !== null && start >= exit)
        fail('E112', la.E112, null, `${label('E112')} ${start} is not before the exit date ${exit}`);
      const ffh = code('E113', la.E113, E113_CODES, { required: true, line: la.line });
      for (const f of FOSTER_HOME_FLAGS) flag(f.element, la.flags[f.element]);
      const type = code('E120', la.E120, E120_LIVING_ARRANGEMENT);
      if (ffh === '0' && la.E120.text === null)
        fail(
          'E120',
          la.E120,
          la.line,
          'the arrangement is not a foster family home (E113 = 0) but has no type',
        );
      if (ffh === '1' && la.E120.text !== null)
        fail(
          'E120',
          la.E120,
          null,
          `"${la.E120.text}" is given, but the arrangement is a foster family home (E113 = 1)`,
        );
      const where = code('E121', la.E121, E121_LOCATION, { required: true, line: la.line });
      const runaway = type !== null && (E120_RUNAWAY_CODES as readonly string[]).includes(type);
      if (where === '4' && ffh !== null && !runaway)
        fail(
          'E121',
          la.E121,
          null,
          '4 (runaway or whereabouts unknown) is given, but the arrangement is not runaway or whereabouts unknown (E120 12 or 13)',
        );
      if (where !== null && where !== '4' && runaway)
        fail(
          'E121',
          la.E121,
          null,
          `${where} is given, but the arrangement is runaway or whereabouts unknown (E120 = ${type}), whose location is 4`,
        );
    }

    for (const plan of rem.plans) {
      notBeforeRemoval(
        'E147',
        plan.E147,
        date('E147', plan.E147, { required: true, line: plan.line }),
        removal,
      );
      code('E148', plan.E148, E148_PERMANENCY_PLAN, { required: true, line: plan.line });
    }
    for (const review of rem.reviews) notBeforeRemoval('E149', review, date('E149', review), removal);
    for (const hearing of rem.hearings)
      notBeforeRemoval('E150', hearing, date('E150', hearing, { notAfterPeriod: true }), removal);

    // Caseworker visits (§6.5); one without a date is dropped, as the editor drops it (§5.2).
    for (const visit of rem.visits) {
      if (visit.E151.text === null) continue;
      const day = date('E151', visit.E151, { notAfterPeriod: true });
      notBeforeRemoval('E151', visit.E151, day, removal);
      if (day !== null && exit !== null && day > exit)
        fail('E151', visit.E151, null, `${label('E151')} ${day} is after the exit date ${exit}`);
      code('E152', visit.E152, E152_VISIT_LOCATION, { required: true, line: visit.line });
    }
  }

  // Historical episodes (§6.6): both dates before the 2020 rule, removal before exit, a 1993 reason.
  for (const old of rec.removals1993) {
    const removal = date('E69', old.E69, { required: true, line: old.line });
    const exit = date('E153', old.E153, { required: true, line: old.line });
    if (removal !== null && removal >= effective)
      fail(
        'E69',
        old.E69,
        null,
        `${label('E69')} ${removal} of a historical removal (removal_1993) is not before ${effective}`,
      );
    if (exit !== null && exit >= effective)
      fail(
        'E153',
        old.E153,
        null,
        `${label('E153')} ${exit} of a historical removal (removal_1993) is not before ${effective}, when the 2020 rule took effect`,
      );
    if (removal !== null && exit !== null && exit <= removal)
      fail('E153', old.E153, null, `${label('E153')} ${exit} is not after the removal date ${removal}`);
    if (removal !== null && birth !== null && removal < birth)
      fail('E69', old.E69, null, `${label('E69')} ${removal} is before the date of birth ${birth}`);
    code('E155', old.E155, coding1993.list, { required: true, line: old.line });
    if (removal !== null) spans.push({ removal, exit, cell: old.E69 });
  }

  // No two episodes of the child overlap (cqi-interchange.md "Validation": overlapping episodes).
  spans.sort((a, b) => (a.removal < b.removal ? -1 : a.removal > b.removal ? 1 : 0));
  for (let i = 1; i < spans.length; i += 1) {
    const prev = spans[i - 1]!;
    const next = spans[i]!;
    if (prev.exit === null)
      fail(
        'E69',
        next.cell,
        null,
        `${label('E69')} ${next.removal} falls while the episode removed on ${prev.removal} is still open`,
      );
    else if (next.removal < prev.exit)
      fail(
        'E69',
        next.cell,
        null,
        `${label('E69')} ${next.removal} falls inside the episode removed on ${prev.removal}, which exits on ${prev.exit}`,
      );
  }
  return issues;

  /** The exit of a 2020-rule removal (§6.3); its date when it has a valid one. */
  function checkExit(rem: AfcarsRemoval2020, removal: string | null): string | null {
    const exit = date('E153', rem.E153);
    if (exit !== null && removal !== null && exit <= removal)
      fail('E153', rem.E153, null, `${label('E153')} ${exit} is not after the removal date ${removal}`);
    if (exit !== null && exit < effective)
      fail(
        'E153',
        rem.E153,
        null,
        `${label('E153')} ${exit} is before ${effective}, when the 2020 rule took effect; an earlier exit is reported as a removal_1993`,
      );
    date('E154', rem.E154);
    const reason = code('E155', rem.E155, [...afcarsCodes(E155_EXIT_REASON), E155_NOT_APPLICABLE], {
      required: true,
      line: rem.line,
    });
    if (reason !== null && reason !== E155_NOT_APPLICABLE && rem.E153.text === null)
      fail(
        'E155',
        rem.E155,
        null,
        `${label('E155')} is ${reason}, but there is no exit date (E153): an open episode's exit reason is ${E155_NOT_APPLICABLE} (not applicable)`,
      );
    if (reason === E155_NOT_APPLICABLE && exit !== null)
      fail(
        'E155',
        rem.E155,
        null,
        `${label('E155')} is ${E155_NOT_APPLICABLE} (not applicable), but the episode exits on ${exit} (E153)`,
      );
    code('E156', rem.E156, E156_TRANSFER_AGENCY);
    return exit;
  }
}
