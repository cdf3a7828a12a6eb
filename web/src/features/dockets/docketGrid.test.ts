import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutDay, minutesOfDay, type GridHearing } from './docketGrid.ts';

// 23 November 2026: Mountain Standard Time, UTC−7.
const at = (hhmm: string, day = '2026-11-23') => new Date(`${day}T${hhmm}:00-07:00`).toISOString();
const h = (id: string, from: string, to: string, flagged = false): GridHearing => ({
  id,
  start: at(from),
  end: at(to),
  flagged,
});

describe('minutesOfDay', () => {
  it('reads the court’s wall clock, not UTC', () => {
    expect(minutesOfDay('2026-11-23T16:30:00Z', '2026-11-23')).toBe(9 * 60 + 30);
    // 05:30 UTC on the 24th is 10:30 p.m. on the 23rd in Albuquerque.
    expect(minutesOfDay('2026-11-24T05:30:00Z', '2026-11-23')).toBe(22 * 60 + 30);
    // Past midnight: beyond the day's 1440 minutes; the evening before: below zero.
    expect(minutesOfDay('2026-11-24T07:30:00Z', '2026-11-23')).toBe(1440 + 30);
    expect(minutesOfDay('2026-11-23T06:00:00Z', '2026-11-23')).toBe(23 * 60 - 1440);
  });

  it('follows the clock on the wall on the days the clocks change', () => {
    // 8 March 2026: 9 a.m. is daylight time (UTC−6); 1 November 2026: 9 a.m. is standard time (UTC−7).
    expect(minutesOfDay('2026-03-08T15:00:00Z', '2026-03-08')).toBe(9 * 60);
    expect(minutesOfDay('2026-11-01T16:00:00Z', '2026-11-01')).toBe(9 * 60);
  });
});

describe('layoutDay', () => {
  it('draws 8 to 5 with hour lines, each hearing as tall as it is long', () => {
    const grid = layoutDay('2026-11-23', [h('a', '09:00', '09:45'), h('b', '13:30', '15:00')]);
    expect([grid.from, grid.to]).toEqual([480, 1020]);
    expect(grid.hours).toEqual([480, 540, 600, 660, 720, 780, 840, 900, 960, 1020]);
    expect(grid.blocks).toEqual([
      { id: 'a', top: 60, height: 45, lane: 0, lanes: 1, flagged: false },
      { id: 'b', top: 330, height: 90, lane: 0, lanes: 1, flagged: false },
    ]);
  });

  it('widens to whole hours around an early or a late hearing, up to midnight', () => {
    const grid = layoutDay('2026-11-23', [
      h('early', '07:15', '07:45'),
      { id: 'late', start: at('22:30'), end: at('01:00', '2026-11-24'), flagged: false },
    ]);
    expect([grid.from, grid.to]).toEqual([420, 1440]);
    expect(grid.blocks.find((b) => b.id === 'late')).toMatchObject({ top: 22 * 60 + 30 - 420, height: 90 });
  });

  it('puts overlapping hearings side by side and keeps the others full width', () => {
    const grid = layoutDay('2026-11-23', [
      h('a', '09:00', '10:00', true),
      h('b', '09:30', '10:15', true),
      h('c', '10:00', '10:30'),
      h('d', '11:00', '11:30'),
    ]);
    const lanes = Object.fromEntries(grid.blocks.map((b) => [b.id, [b.lane, b.lanes, b.flagged]]));
    // c starts when a ends: it takes a's lane back; a, b and c are one group of two lanes.
    expect(lanes).toEqual({
      a: [0, 2, true],
      b: [1, 2, true],
      c: [0, 2, false],
      d: [0, 1, false],
    });
  });

  it('never puts two overlapping hearings in the same lane, nor a lane beyond the group’s count (property)', () => {
    const arb = fc.array(
      fc.record({ s: fc.integer({ min: 0, max: 60 }), len: fc.integer({ min: 1, max: 12 }) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (raw) => {
        const base = Date.parse('2026-11-23T15:00:00Z');
        const hearings = raw.map((x, i) => ({
          id: `h${i}`,
          start: new Date(base + x.s * 600_000).toISOString(),
          end: new Date(base + (x.s + x.len) * 600_000).toISOString(),
          flagged: false,
        }));
        const { blocks } = layoutDay('2026-11-23', hearings);
        expect(blocks).toHaveLength(hearings.length);
        for (const a of blocks) {
          expect(a.lane).toBeLessThan(a.lanes);
          for (const b of blocks)
            if (a !== b && a.top < b.top + b.height && b.top < a.top + a.height) {
              expect(a.lane).not.toBe(b.lane);
              expect(a.lanes).toBe(b.lanes);
            }
        }
      }),
    );
  });
});
