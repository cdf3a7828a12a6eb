import {
  SENSITIVE_FIELD_CLASSES,
  WELLBEING_INSTRUMENTS,
  type ReportChild,
  type ReportChildSections,
  type ReportConcern,
} from '@hearth/core';
import type { WordsLanguage } from '../platform/hearing-words.ts';
import type { Outline } from './report.outline-kit.ts';
import { wordOf } from './report-words.ts';

/** The sections other slices contribute to a child's part of a report: contacts, well-being, education, words, transition. */

/** An item's words, from the newest version of the well-being instrument that asks it. */
function itemWords(itemId: string, language: WordsLanguage): string {
  for (const v of [...WELLBEING_INSTRUMENTS].reverse()) {
    const item = v.items.find((i) => i.id === itemId);
    if (item) return item.text[language];
  }
  return itemId;
}

function concernRows(o: Outline, concerns: readonly ReportConcern[]): string[][] {
  return concerns.map((c) => [
    wordOf(o.w.wellbeingDomain, c.domain),
    c.note ? `${itemWords(c.itemId, o.language)} (${c.note})` : itemWords(c.itemId, o.language),
  ]);
}

function drawWellbeing(o: Outline, s: ReportChildSections): void {
  const { w, f } = o;
  if (!s.wellbeing && !s.wellbeingNotAtHome && !s.wellbeingSensitive) return;
  o.h(3, w.headings.wellbeing);
  o.guarded(s.wellbeing, (wb) => {
    if (!wb) return o.p(w.noneRecorded, 'muted');
    o.fields([
      [w.labels.status, wordOf(w.checklistStatus, wb.status)],
      ...(wb.submittedOn ? [[w.labels.completedOn, f.date(wb.submittedOn)] as [string, string]] : []),
    ]);
    o.table([w.labels.domain, w.labels.concern], concernRows(o, wb.concerns));
  });
  if (s.wellbeingNotAtHome) {
    o.p(w.notAtHome, 'muted');
    o.guarded(s.wellbeingNotAtHome, (cs) => o.table([w.labels.domain, w.labels.concern], concernRows(o, cs)));
  }
  if (s.wellbeingSensitive) {
    const sensitive = s.wellbeingSensitive;
    o.fields(
      SENSITIVE_FIELD_CLASSES.map((c) => [
        `${w.headings.health}: ${w.codes.sensitiveClass[c]}`,
        o.cell(
          sensitive[c],
          (cs) =>
            concernRows(o, cs)
              .map((r) => r.join(': '))
              .join('; ') || w.noneRecorded,
        ),
      ]),
    );
  }
}

function drawEducation(o: Outline, s: ReportChildSections): void {
  const { w, f } = o;
  if (!s.education && !s.specialEducation) return;
  o.h(3, w.headings.education);
  o.guarded(s.education, (e) => {
    if (!e) return o.p(w.noneRecorded, 'muted');
    o.fields([
      [w.labels.school, e.school ?? w.none],
      [w.labels.schoolMoves, String(e.schoolMoves)],
      [w.labels.decisionMaker, e.decisionMaker ?? w.none],
      [w.labels.daysAbsent, e.daysAbsent === null ? w.none : String(e.daysAbsent)],
      ...(e.credits
        ? [
            [w.labels.creditsLabel, w.labels.credits(e.credits.earned, e.credits.expected)] as [
              string,
              string,
            ],
          ]
        : []),
      ...(e.flags.length
        ? [[w.labels.flags, e.flags.map((x) => wordOf(w.educationFlag, x)).join('; ')] as [string, string]]
        : []),
    ]);
  });
  if (s.specialEducation)
    o.fields([
      [
        w.labels.specialEducation,
        o.cell(s.specialEducation, (v) =>
          v
            ? `${v.planType.toUpperCase()}, ${f.date(v.planDate)}${v.nextReviewOn ? `; ${w.labels.nextReview}: ${f.date(v.nextReviewOn)}` : ''}`
            : w.none,
        ),
      ],
    ]);
}

function drawStatements(o: Outline, s: ReportChildSections): void {
  const { w, f } = o;
  for (const [g, heading] of [
    [s.youthStatement, w.headings.youthStatement],
    [s.caregiverStatement, w.headings.caregiverStatement],
  ] as const) {
    if (!g) continue;
    o.h(3, heading);
    o.guarded(g, (st) => {
      if (!st) return o.p(w.noneRecorded, 'muted');
      for (const para of st.text
        .split(/\n\s*\n/)
        .map((x) => x.trim())
        .filter(Boolean))
        o.p(para);
      const by = o.cell(st.by, (b) => b ?? '');
      const line = [by, st.writtenOn ? f.date(st.writtenOn) : ''].filter(Boolean).join(', ');
      if (line) o.p(`${w.labels.writtenBy}: ${line}`, 'muted');
    });
    if (g === s.caregiverStatement && s.caregiverHealth)
      o.fields([[w.headings.health, o.cell(s.caregiverHealth, (v) => v ?? w.noneRecorded)]]);
  }
}

export function drawSections(o: Outline, child: ReportChild): void {
  const { w, f } = o;
  const s = child.sections;
  if (s.contacts) {
    o.h(3, w.headings.contacts);
    o.guarded(s.contacts, (c) => {
      if (!c) return o.p(w.noneRecorded, 'muted');
      o.fields([
        [w.labels.lastFaceToFace, f.date(c.lastFaceToFace)],
        [w.labels.seenThisMonth, c.seenThisMonth === null ? w.none : c.seenThisMonth ? w.yes : w.no],
        [w.labels.monthsSeen(c.monthsSeen, c.monthsDue), ''],
      ]);
    });
  }
  drawWellbeing(o, s);
  drawEducation(o, s);
  drawStatements(o, s);
  if (s.transition) {
    o.h(3, w.headings.transition);
    o.guarded(s.transition, (t) => {
      if (!t) return o.p(w.noneRecorded, 'muted');
      o.fields([
        [w.labels.status, t.status ? wordOf(w.transitionStatus, t.status) : w.none],
        [w.labels.due, f.date(t.dueDate)],
        [
          w.labels.missingDocuments,
          t.missingDocuments.map((d) => wordOf(w.exitDocument, d)).join('; ') || w.none,
        ],
        [w.labels.homePlan, t.homePlan ? wordOf(w.homePlanStatus, t.homePlan) : w.none],
      ]);
    });
  }
}
