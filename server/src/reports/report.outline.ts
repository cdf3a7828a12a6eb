import {
  SENSITIVE_FIELD_CLASSES,
  type Guarded,
  type ReportChild,
  type ReportModel,
  type ReportPlacement,
  type ReportRecipient,
} from '@hearth/core';
import type { WordsLanguage } from '../platform/hearing-words.ts';
import { formats, Outline, type Block } from './report.outline-kit.ts';
import { drawSections } from './report.outline-sections.ts';
import { REPORT_WORDS, wordOf } from './report-words.ts';

/**
 * A redacted report model laid out as a document: headings, paragraphs, label-value lists and tables,
 * in the recipient's language. The DOCX and PDF writers draw the same outline, so both files of a copy say
 * the same. Only the model handed in is read: a withheld value is `{ shown: false }` and is written as
 * "Withheld from this copy", never looked up anywhere else.
 */
export type ReportDocument = {
  language: WordsLanguage;
  locale: string;
  title: string;
  /** The first lines of the first page: who the copy is for, and whether anything was left out. */
  recipientLine: string;
  notice: string;
  withheld: boolean;
  footer: string;
  blocks: Block[];
};

function caregiverText(o: Outline, p: ReportPlacement): string {
  return o.cell(p.caregiver, (c) => [c.provider, ...c.caregivers].filter(Boolean).join(' — ') || o.w.none);
}

function drawHome(o: Outline, child: ReportChild): void {
  const { w, f } = o;
  o.h(3, w.headings.homeNow);
  o.guarded(child.currentPlacement, (now) => {
    if (!now) return o.p(w.notInCare, 'muted');
    o.fields([
      [w.labels.setting, wordOf(w.codes.placementSetting, now.setting)],
      [w.labels.since, f.date(now.from)],
      [w.labels.caregiver, caregiverText(o, now)],
      [w.labels.address, o.cell(now.caregiver, (c) => c.address ?? w.none)],
    ]);
  });
}

function drawPermanency(o: Outline, child: ReportChild, withClocks: boolean): void {
  const { w, f } = o;
  o.h(3, withClocks ? w.headings.clocks : w.headings.permanency);
  o.guarded(child.permanency, (p) => {
    o.table(
      [w.labels.plan, w.labels.goal, w.labels.since],
      p.plans.map((pl) => [
        wordOf(w.codes.planKind, pl.kind),
        wordOf(w.codes.permanencyGoal, pl.goal),
        f.date(pl.since),
      ]),
    );
    if (!withClocks) return;
    o.fields([
      [w.labels.enteredCare, f.date(p.enteredCare)],
      [w.labels.daysInCare, p.daysInCare === null ? w.none : String(p.daysInCare)],
    ]);
    const clocks = p.clocks.filter((c) => c.kind !== 'enteredFosterCare' && c.kind !== 'daysInCare');
    o.table(
      [w.labels.deadline, w.labels.status, w.labels.due],
      clocks.map((c) => [
        c.citation ? `${w.clock[c.kind]} (${c.citation})` : w.clock[c.kind],
        w.clockStatus[c.status],
        c.metOn ? `${w.labels.made}: ${f.date(c.metOn)}` : f.date(c.dueDate),
      ]),
    );
  });
}

function drawHistory(o: Outline, child: ReportChild): void {
  const { w, f } = o;
  o.h(3, w.headings.removals);
  o.guarded(child.removals, (rs) =>
    o.table(
      [w.labels.removed, w.labels.manner, w.labels.reasons, w.labels.discharged],
      rs.map((r) => [
        f.date(r.removalDate),
        wordOf(w.codes.removalManner, r.manner),
        r.reasons.map((x) => wordOf(w.codes.allegation, x)).join('; ') || w.none,
        r.dischargeDate
          ? `${f.date(r.dischargeDate)}${r.dischargeReason ? ` (${wordOf(w.codes.dischargeReason, r.dischargeReason)})` : ''}`
          : w.none,
      ]),
    ),
  );
  o.h(3, w.headings.placementHistory);
  o.guarded(child.placementHistory, (ps) =>
    o.table(
      [w.labels.setting, w.labels.from, w.labels.to, w.labels.caregiver],
      ps.map((p) => [
        wordOf(w.codes.placementSetting, p.setting),
        f.date(p.from),
        f.date(p.to),
        caregiverText(o, p),
      ]),
    ),
  );
  o.h(3, w.headings.findings);
  o.guarded(child.findings, (fs) =>
    o.table(
      [w.labels.finding, w.labels.made, w.labels.date],
      fs.map((x) => [wordOf(w.codes.findingType, x.type), x.isMade ? w.yes : w.no, f.date(x.date)]),
    ),
  );
  o.h(3, w.headings.visits);
  o.guarded(child.visits, (vs) =>
    o.table(
      [w.labels.date, w.labels.place, w.labels.faceToFace],
      vs.map((v) => [f.date(v.date), wordOf(w.visitLocation, v.location), v.faceToFace ? w.yes : w.no]),
    ),
  );
}

function drawSensitive(o: Outline, child: ReportChild): void {
  const { w } = o;
  o.h(3, w.headings.sensitive);
  o.fields(
    SENSITIVE_FIELD_CLASSES.map((c) => [
      w.codes.sensitiveClass[c],
      o.cell(child.sensitive[c], (items) => items.join('; ') || w.noneRecorded),
    ]),
  );
}

function drawChild(o: Outline, model: ReportModel, child: ReportChild): void {
  const { w } = o;
  o.h(2, `${child.givenName} ${child.familyName}`);
  o.fields([
    [w.labels.age, child.age === null ? w.none : w.years(child.age)],
    [w.labels.inCare, child.inCare ? w.yes : w.no],
  ]);
  drawHome(o, child);
  const agency = model.kind === 'agency';
  drawPermanency(o, child, agency);
  if (agency) drawHistory(o, child);
  drawSections(o, child);
  drawSensitive(o, child);
}

function drawNarrative(o: Outline, model: ReportModel): void {
  const { w, f } = o;
  const n = model.narrative;
  o.h(1, w.headings.narrative);
  if (!n) return o.p(w.noNarrative, 'muted');
  o.fields([
    [w.labels.reportStatus, w.reportStatus[n.status]],
    [w.labels.date, f.date(n.updatedOn)],
  ]);
  const parts: [string, Guarded<string>][] =
    model.kind === 'casa'
      ? [
          [w.labels.observations, n.observations],
          [w.labels.childWishes, n.childWishes],
          [w.labels.recommendations, n.recommendations],
        ]
      : [[w.labels.recommendations, n.recommendations]];
  for (const [label, g] of parts) {
    o.h(2, label);
    o.guarded(g, (text) => {
      // A blank line in what the author wrote starts a new paragraph.
      const paras = text
        .split(/\n\s*\n/)
        .map((x) => x.trim())
        .filter(Boolean);
      if (paras.length === 0) o.p(w.noNarrative, 'muted');
      for (const para of paras) o.p(para);
    });
  }
}

/**
 * The outline of one copy.
 * @param model - the copy's model, already redacted for `recipient`
 * @param withheld - whether the redaction left anything out (the first page says so)
 */
export function outlineReport(
  model: ReportModel,
  opts: {
    recipient: ReportRecipient;
    withheld: boolean;
    language: WordsLanguage;
    timeZone: string;
    generatedAt: Date;
  },
): ReportDocument {
  const w = REPORT_WORDS[opts.language];
  const f = formats(w.locale, opts.timeZone);
  const o = new Outline(w, f, opts.language);
  o.h(1, w.headings.hearing);
  o.fields([
    [w.labels.case, model.case.petitionNumber],
    [w.labels.court, model.case.court],
    [w.labels.judge, model.case.judge ?? w.none],
    [w.labels.hearing, wordOf(w.hearingType, model.hearing.type)],
    [w.labels.when, f.when(model.hearing.start)],
    [w.labels.courtroom, model.hearing.courtroom ?? w.none],
    [w.labels.status, wordOf(w.hearingStatus, model.hearing.status)],
    [w.labels.filed, f.date(model.case.filingDate)],
    [
      w.labels.allegations,
      o.cell(model.case.allegations, (a) => a.map((x) => wordOf(w.codes.allegation, x)).join('; ') || w.none),
    ],
  ]);
  o.h(1, w.headings.report);
  o.fields([
    [
      w.labels.preparedBy,
      model.author ? `${model.author.name} (${wordOf(w.codes.caseRole, model.author.role)})` : w.none,
    ],
    ...(model.kind === 'agency'
      ? [[w.labels.supervisor, model.supervisor?.name ?? w.none] as [string, string]]
      : []),
    [w.labels.reportStatus, w.reportStatus[model.narrative?.status ?? 'none']],
    [w.labels.period, `${f.date(model.period.from)} – ${f.date(model.period.to)}`],
  ]);
  if (model.kind === 'agency') {
    o.h(1, w.headings.attention);
    o.guarded(model.attention, (items) =>
      o.table(
        [w.labels.child, w.labels.deadline, w.labels.status, w.labels.due],
        items.map((a) => [a.childName, w.clock[a.kind], w.clockStatus[a.status], f.date(a.dueDate)]),
        w.nothingDue,
      ),
    );
  }
  o.h(1, w.headings.parents);
  o.guarded(model.parents, (parents) =>
    o.table(
      [w.labels.name, w.labels.role, w.labels.address, w.labels.phone, w.labels.email],
      parents.map((p) => [
        p.name,
        wordOf(w.codes.caseRole, p.role),
        o.cell(p.contact, (c) => c.address ?? w.none),
        o.cell(p.contact, (c) => c.phone ?? w.none),
        o.cell(p.contact, (c) => c.email ?? w.none),
      ]),
    ),
  );
  o.h(1, w.headings.children);
  for (const child of model.children) drawChild(o, model, child);
  drawNarrative(o, model);
  return {
    language: opts.language,
    locale: w.locale,
    title: w.title[model.kind],
    recipientLine: w.copyFor(w.recipient[opts.recipient]),
    notice: opts.withheld ? w.withheldNotice : w.nothingWithheld,
    withheld: opts.withheld,
    footer: w.confidential(f.generated(opts.generatedAt)),
    blocks: o.blocks,
  };
}
