import {
  assembleReport,
  mayCarry,
  redactReport,
  SENSITIVE_FIELD_CLASSES,
  todayOf,
  type ReportKind,
  type ReportModel,
} from '@hearth/core';
import { recordAudit, recordAudits } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import { exportFileStem } from '../platform/table-export.ts';
import { notFound } from '../platform/problem.ts';
import type { ReportQuery } from './report.dto.ts';
import { DOCX_CONTENT_TYPE, renderReportDocx } from './report.docx.ts';
import { loadReportFacts, recipientOf } from './report-facts.ts';
import { outlineReport } from './report.outline.ts';
import { renderReportPdf } from './report.pdf.ts';
import * as repo from './report.repo.ts';
import { REPORT_WORDS } from './report-words.ts';

export const REPORT_PERMISSION = { agency: 'courtReport.agency', casa: 'courtReport.casa' } as const;

export type RenderedReport = { body: Buffer; contentType: string; fileName: string };

/** Whether a guarded value holds anything: a fact, a concern, a plan. */
const holdsSomething = (v: unknown): boolean =>
  v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);

/**
 * The children whose sensitive information the copy carries, and of which classes (the facts, the
 * checklist's concerns, an IEP, the health part of a caregiver's report): what the audit must name.
 */
function sensitiveShown(copy: ReportModel): { childId: string; classes: string[] }[] {
  const sensitive = new Set<string>(SENSITIVE_FIELD_CLASSES);
  return copy.children
    .map((c) => {
      const found = new Set<string>();
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) return v.forEach(walk);
        if (!v || typeof v !== 'object') return;
        const g = v as { guard?: string; shown?: boolean; value?: unknown };
        if (typeof g.guard === 'string' && g.shown === true) {
          if (sensitive.has(g.guard) && holdsSomething(g.value)) found.add(g.guard);
          return walk(g.value);
        }
        Object.values(v).forEach(walk);
      };
      walk(c);
      return { childId: c.id, classes: SENSITIVE_FIELD_CLASSES.filter((k) => found.has(k)) };
    })
    .filter((x) => x.classes.length > 0);
}

/**
 * One recipient's copy of the agency's or the CASA volunteer's report for a hearing, as DOCX or PDF: one
 * read transaction loads the records within the actor's reach (the report's permission over the hearing's
 * case), core assembles and redacts them for the recipient, and the audit records who generated which copy
 * for whom, and whether anything was withheld. A copy never shows the person generating it a sensitive
 * class they may not read themselves.
 */
export async function generateReportCopy(
  ctx: RequestContext,
  kind: ReportKind,
  hearingId: string,
  query: ReportQuery,
): Promise<RenderedReport> {
  const now = ctx.clock.now();
  const today = todayOf(ctx.clock, ctx.timeZone);
  const { copy, withheld, language, h } = await ctx.db.transaction(async (tx) => {
    const h = await repo.findReportHearing(tx, ctx.actor, REPORT_PERMISSION[kind], hearingId);
    if (!h) throw notFound('hearing');
    const loaded = await loadReportFacts(tx, ctx, kind, h, today);
    const recipient = await recipientOf(tx, query.recipient, h, loaded, now);
    const model = assembleReport(loaded.facts, today, ctx.rulePack);
    const access = {
      recipient: query.recipient,
      recipientGrants: recipient.grants,
      generatorGrants: loaded.generatorGrants,
    };
    const { model: copy, withheld } = redactReport(model, access);
    const language = query.lang ?? recipient.language;
    await recordAudit(tx, ctx.audit, {
      action: 'court_report.generated',
      entityType: 'hearing',
      entityId: h.id,
      data: {
        kind,
        recipient: query.recipient,
        format: query.format,
        language,
        withheld,
        caseId: h.case_id,
        childIds: copy.children.map((c) => c.id),
        sensitiveCarried: SENSITIVE_FIELD_CLASSES.filter((c) => mayCarry(c, access)),
      },
    });
    await recordAudits(
      tx,
      ctx.audit,
      sensitiveShown(copy).map((shown) => ({
        action: 'sensitive.viewed',
        entityType: 'child',
        entityId: shown.childId,
        data: { classes: shown.classes, via: 'court_report', recipient: query.recipient },
      })),
    );
    return { copy, withheld, language, h };
  });
  const document = outlineReport(copy, {
    recipient: query.recipient,
    withheld,
    language,
    timeZone: h.time_zone,
    generatedAt: now,
  });
  const words = REPORT_WORDS[language];
  const stem = exportFileStem(`${kind}-report-${h.petition_number}-${h.local_date}-${query.recipient}`);
  if (query.format === 'docx')
    return {
      body: renderReportDocx(document, { createdAt: now, pageWords: words.page }),
      contentType: DOCX_CONTENT_TYPE,
      fileName: `${stem}.docx`,
    };
  const pdf = await renderReportPdf(document, { createdAt: now, pageWords: words.page });
  return { body: Buffer.from(pdf), contentType: 'application/pdf', fileName: `${stem}.pdf` };
}
