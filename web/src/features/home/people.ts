import type { PersonOnCase } from '../../api/types.ts';

const ORDER: PersonOnCase['role'][] = [
  'caseworker',
  'youth_attorney',
  'guardian_ad_litem',
  'casa_volunteer',
  'judge',
];

/**
 * The people a young person sees, once each (the same person on two cases is one card), the people they
 * can reach first: their caseworker, their attorney or GAL, their CASA volunteer, then the judge.
 */
export function groupPeople(people: readonly PersonOnCase[]): PersonOnCase[] {
  const seen = new Map<string, PersonOnCase>();
  for (const p of people) {
    const key = `${p.role}|${p.name}`;
    const before = seen.get(key);
    seen.set(key, before ? { ...before, email: before.email ?? p.email, phone: before.phone ?? p.phone } : p);
  }
  return [...seen.values()].sort(
    (a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role) || a.name.localeCompare(b.name),
  );
}
