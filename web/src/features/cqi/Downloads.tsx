import { useI18n } from '../../i18n/I18nProvider.tsx';

export type DownloadItem = { key: string; label: string; url: (format: 'csv' | 'xlsx') => string };

/**
 * Plain links to each table as CSV and as XLSX: the browser downloads the file itself. Aggregate tables
 * say that small counts are left empty; a list of children is not a count and says nothing.
 */
export function Downloads({ items, suppressed = true }: { items: DownloadItem[]; suppressed?: boolean }) {
  const { m } = useI18n();
  return (
    <section aria-labelledby="cqi-downloads" className="margin-top-4">
      <h2 id="cqi-downloads" className="font-heading-md">
        {m.cqi.downloads}
      </h2>
      {suppressed && <p className="text-base-dark">{m.cqi.downloadsNote}</p>}
      <ul className="usa-list">
        {items.map((item) => (
          <li key={item.key}>
            <a href={item.url('csv')} download data-download={`${item.key}-csv`}>
              {m.cqi.csv(item.label)}
            </a>
            {' · '}
            <a href={item.url('xlsx')} download data-download={`${item.key}-xlsx`}>
              {m.cqi.xlsx(item.label)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
