import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_PACK, NEW_MEXICO_RULE_PACK } from '../rules/rule-pack.ts';
import { isSuppressed, suppressCount, suppressLines, suppressRate } from './suppression.ts';

describe('suppressCount', () => {
  it.each([
    [0, 10, 0],
    [1, 10, null],
    [9, 10, null],
    [10, 10, 10],
    [250, 10, 250],
    [4, 5, null],
    [5, 5, 5],
    [1, 1, 1], // a threshold of 1 hides nothing
  ])('count %i with threshold %i shows %s', (count, threshold, shown) => {
    expect(suppressCount(count, threshold)).toBe(shown);
  });

  it('defaults to 10, the rule pack default, which New Mexico inherits', () => {
    expect(suppressCount(9)).toBeNull();
    expect(suppressCount(10)).toBe(10);
    expect(FEDERAL_RULE_PACK.smallCellThreshold.value).toBe(10);
    expect(NEW_MEXICO_RULE_PACK.smallCellThreshold.value).toBe(10);
  });
});

describe('suppressRate', () => {
  it.each([
    [5, 40, null], // numerator hidden: 12.5% of 40 gives 5 back
    [9, 9, null], // denominator hidden
    [0, 40, 0],
    [0, 0, null], // no rate
    [20, 40, 0.5],
    [12, 5, null],
  ])('%i of %i shows %s', (n, d, shown) => {
    expect(suppressRate(n, d)).toBe(shown);
  });
});

describe('suppressLines', () => {
  it('hides a second cell of a row whose total is shown', () => {
    // Row 0: 5 is hidden; 40 − 20 − 15 would give it back, so the smallest other (15) goes too.
    const out = suppressLines([[20, 5, 15]], { rowTotals: true, columnTotals: false });
    expect(out.cells).toEqual([[20, null, null]]);
    expect(out.rowTotals).toEqual([40]);
    expect(out.complementary).toEqual([[0, 2]]);
  });

  it('needs nothing more when two cells are already hidden, or the total is hidden too', () => {
    expect(suppressLines([[20, 5, 3]], { rowTotals: true, columnTotals: false }).cells).toEqual([
      [20, null, null],
    ]);
    const small = suppressLines([[0, 5, 0]], { rowTotals: true, columnTotals: false });
    expect(small.cells).toEqual([[0, null, 0]]);
    expect(small.rowTotals).toEqual([null]);
  });

  it('prefers a non-zero cell, then a zero, then the total', () => {
    expect(suppressLines([[0, 5, 30, 12]], { rowTotals: true, columnTotals: false }).cells).toEqual([
      [0, null, 30, null],
    ]);
    // Only zeros left besides the hidden 5 (total 15 is shown: 15 − 0 − 0 gives the 5 back).
    const zeros = suppressLines([[0, 5, 10]], { rowTotals: true, columnTotals: false });
    expect(zeros.cells).toEqual([[0, null, null]]);
    const none = suppressLines([[5, 10]], { rowTotals: true, columnTotals: false });
    expect(none.cells).toEqual([[null, null]]);
  });

  it('carries a complementary cell into its column, and on until rows and columns both hold', () => {
    const counts = [
      [3, 20, 30],
      [25, 40, 50],
      [30, 35, 60],
    ];
    const out = suppressLines(counts, { rowTotals: true, columnTotals: true });
    // 3 is hidden; row 0 then hides 20, column 0 hides 25, column 1 its next smallest, and so on until
    // no row or column has a single hidden cell.
    for (const row of out.cells) expect(row.filter((c) => c === null).length).not.toBe(1);
    for (let j = 0; j < 3; j++) expect(out.cells.filter((r) => r[j] === null).length).not.toBe(1);
    expect(out.cells[0]?.[0]).toBeNull();
    expect(out.rowTotals).toEqual([53, 115, 125]);
    expect(out.columnTotals).toEqual([58, 95, 140]);
  });

  it('leaves a table with nothing small alone, and an empty table empty', () => {
    expect(suppressLines([[10, 0, 12]], { rowTotals: true, columnTotals: true }).complementary).toEqual([]);
    expect(suppressLines([], { rowTotals: true, columnTotals: true }).cells).toEqual([]);
  });

  it('does no complementary suppression when no total is shown', () => {
    expect(suppressLines([[20, 5, 15]], { rowTotals: false, columnTotals: false }).cells).toEqual([
      [20, null, 15],
    ]);
  });
});

const countsTable = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(fc.nat({ max: 30 }), { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

describe('suppression (property)', () => {
  it('suppressCount shows 0 and every count ≥ threshold as it is, and hides the rest', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1000 }), fc.integer({ min: 1, max: 50 }), (count, threshold) => {
        const shown = suppressCount(count, threshold);
        expect(shown === null).toBe(count >= 1 && count < threshold);
        if (shown !== null) expect(shown).toBe(count);
      }),
    );
  });

  it('no hidden cell can be worked out from a shown total, every small cell is hidden, shown cells are true', () => {
    fc.assert(
      fc.property(countsTable, fc.boolean(), fc.boolean(), (counts, rowTotals, columnTotals) => {
        const out = suppressLines(counts, { rowTotals, columnTotals });
        counts.forEach((row, i) =>
          row.forEach((c, j) => {
            const shown = out.cells[i]?.[j];
            if (isSuppressed(c)) expect(shown).toBeNull();
            if (shown !== null) expect(shown).toBe(c);
          }),
        );
        if (rowTotals) {
          out.cells.forEach((row, i) => {
            if (out.rowTotals?.[i] !== null) expect(row.filter((c) => c === null).length).not.toBe(1);
          });
        }
        if (columnTotals) {
          for (let j = 0; j < (counts[0]?.length ?? 0); j++) {
            if (out.columnTotals?.[j] !== null) {
              expect(out.cells.filter((r) => r[j] === null).length).not.toBe(1);
            }
          }
        }
        for (const t of [...(out.rowTotals ?? []), ...(out.columnTotals ?? [])]) {
          if (t !== null) expect(isSuppressed(t)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a shown rate is never made of a hidden count', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100 }), fc.nat({ max: 100 }), (n, d) => {
        const rate = suppressRate(n, d);
        if (rate !== null) {
          expect(suppressCount(n)).not.toBeNull();
          expect(suppressCount(d)).not.toBeNull();
          expect(rate).toBe(n / d);
        }
      }),
    );
  });
});
