import { getNormalcy } from '../../api/hearth.ts';
import type { NormalcyRecord } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { ActionLinks } from '../forms/RecordActions.tsx';
import { educationPaths } from './educationPaths.ts';

/**
 * Activities and normal childhood (SSA §475(10)–(11)): the reasonable-and-prudent-parent decisions on
 * activities, and the conversations with the young person. Everyone who opens the child's record reads
 * it (the caregiver for a child living with them, the youth their own); the caregiver and the agency's
 * workers record.
 */
export function NormalcySection({ childId }: { childId: string }) {
  const { m } = useI18n();
  const permitted = usePermitted();
  const found = useResource(`normalcy:${childId}`, (signal) => getNormalcy(childId, signal));
  return (
    <Section id="child-normalcy" title={m.education.normalcyTitle}>
      {found.status === 'loading' && <Loading />}
      {found.status === 'error' && <ProblemAlert error={found.error} />}
      {found.status === 'ok' && <NormalcyView data={found.data} mayRecord={permitted('normalcy.record')} />}
    </Section>
  );
}

export function NormalcyView({ data, mayRecord }: { data: NormalcyRecord; mayRecord: boolean }) {
  const { m, fmt } = useI18n();
  const w = m.education;
  const p = educationPaths(data.childId);
  const links = mayRecord
    ? [
        { to: p.decision, text: w.normalcyActions.decision },
        { to: p.conversation, text: w.normalcyActions.conversation },
      ]
    : [];
  return (
    <>
      <p className="text-base-dark">{w.normalcyIntro}</p>
      <ActionLinks label={w.normalcyActions.heading} links={links} />
      <h3>{w.decisionsHeading}</h3>
      {data.decisions.length === 0 ? (
        <p>{w.noDecisions}</p>
      ) : (
        <DataTable
          caption={w.decisionsHeading}
          captionHidden
          rows={data.decisions}
          rowKey={(d) => d.id}
          columns={[
            { header: w.activity, rowHeader: true, cell: (d) => d.activity },
            { header: w.kind, cell: (d) => w.category[d.category] ?? d.category },
            { header: w.decidedOn, cell: (d) => fmt.date(d.decidedOn) },
            { header: w.decidedBy, cell: (d) => d.decidedBy },
            {
              header: w.answer,
              cell: (d) => (
                <span
                  className={`usa-tag ${d.approved ? 'bg-success-darker text-white' : 'bg-base-lighter text-ink'}`}
                >
                  {d.approved ? w.approved : w.notApproved}
                </span>
              ),
            },
            { header: w.notes, cell: (d) => d.notes ?? '' },
          ]}
        />
      )}
      <h3>{w.conversationsHeading}</h3>
      {data.conversations.length === 0 ? (
        <p>{w.noConversations}</p>
      ) : (
        data.conversations.map((c) => (
          <dl key={c.id} className="hearth-details">
            <dt>{w.decidedOn}</dt>
            <dd>{w.conversationBy(fmt.date(c.heldOn), c.heldBy)}</dd>
            <dt>{w.wants}</dt>
            <dd>{c.wants}</dd>
            {c.barriers && (
              <>
                <dt>{w.barriers}</dt>
                <dd>{c.barriers}</dd>
              </>
            )}
            {c.followUp && (
              <>
                <dt>{w.followUp}</dt>
                <dd>{c.followUpBy ? w.followUpBy(c.followUp, fmt.date(c.followUpBy)) : c.followUp}</dd>
              </>
            )}
          </dl>
        ))
      )}
    </>
  );
}
