import type { ReactNode } from 'react';

export type Column<T> = {
  header: string;
  cell: (row: T) => ReactNode;
  /** The row's header cell (the thing the row is about), for screen readers. */
  rowHeader?: boolean;
};

type Props<T> = {
  caption: string;
  /** Hide the caption visually when a heading right above says the same. */
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
};

/** A USWDS table that stacks into labelled blocks on narrow screens. */
export function DataTable<T>({ caption, captionHidden, columns, rows, rowKey }: Props<T>) {
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked width-full">
      <caption className={captionHidden ? 'usa-sr-only' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <th key={c.header} scope="row" data-label={c.header}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.header} data-label={c.header}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
