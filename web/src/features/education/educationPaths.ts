/** The addresses of the education and normalcy forms of a child. */
export function educationPaths(childId: string) {
  const base = `/children/${encodeURIComponent(childId)}`;
  return {
    school: `${base}/education/school`,
    bestInterest: `${base}/education/best-interest`,
    decisionMaker: `${base}/education/decision-maker`,
    plan: `${base}/education/plan`,
    attendance: `${base}/education/attendance`,
    credits: `${base}/education/credits`,
    advocate: `${base}/education/advocate`,
    decision: `${base}/normalcy/decision`,
    conversation: `${base}/normalcy/conversation`,
  };
}

export type EducationFormKind =
  | 'school'
  | 'bestInterest'
  | 'decisionMaker'
  | 'plan'
  | 'attendance'
  | 'credits'
  | 'advocate'
  | 'decision'
  | 'conversation';

const SEGMENTS: Record<string, EducationFormKind> = {
  'education/school': 'school',
  'education/best-interest': 'bestInterest',
  'education/decision-maker': 'decisionMaker',
  'education/plan': 'plan',
  'education/attendance': 'attendance',
  'education/credits': 'credits',
  'education/advocate': 'advocate',
  'normalcy/decision': 'decision',
  'normalcy/conversation': 'conversation',
};

/** The child and the form an address names, or null when it names none of them. */
export function educationFormOf(path: string): { childId: string; kind: EducationFormKind } | null {
  const match = /^\/children\/([^/]+)\/((?:education|normalcy)\/[a-z-]+)\/?$/.exec(path);
  const kind = match ? SEGMENTS[match[2]!] : undefined;
  return match && kind ? { childId: decodeURIComponent(match[1]!), kind } : null;
}
