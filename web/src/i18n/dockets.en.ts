const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English words of the Docket page; dockets.es.ts has exactly these keys. */
export const docketsEn = {
  title: 'Docket',
  intro: 'The hearings of a judge or a courtroom, for a day or a week.',
  link: 'Open the docket',
  initialsNote:
    'Children are listed by their initials only: a docket is printed and posted outside the courtroom.',

  // Choosing what to show
  chooseTitle: 'Choose a docket',
  whose: 'Judge or courtroom',
  judges: 'Judges',
  courtrooms: 'Courtrooms',
  view: 'Show',
  day: 'One day',
  week: 'A week from that day',
  from: 'Day',
  fromHint: 'The day to show, or the first day of the week.',
  show: 'Show the docket',
  noChoices: 'There is no judge or courtroom whose docket you may open.',

  // Moving through the days
  navigation: 'Other days',
  previousDay: 'Previous day',
  nextDay: 'Next day',
  previousWeek: 'Previous week',
  nextWeek: 'Next week',
  today: 'Today',

  heading: (name: string, dates: string) => `${name}: ${dates}`,
  dates: (from: string, to: string) => `${from} to ${to}`,
  counts: (hearings: number, overlapping: number, interpreters: number) =>
    `${plural(hearings, 'hearing', 'hearings')}. ${plural(overlapping, 'overlaps', 'overlap')} another hearing of the same judge or courtroom. ${plural(interpreters, 'needs', 'need')} an interpreter.`,
  print: 'Print (PDF)',
  printHint: 'Opens the docket as a PDF to print, in the language you chose.',

  // The grid picture of a day
  gridTitle: 'The day at a glance',
  gridLabel: (date: string, hearings: number, overlapping: number) =>
    `Time-of-day picture of ${date}: ${plural(hearings, 'hearing', 'hearings')}, each as tall as it is long; ${plural(overlapping, 'is', 'are')} marked as overlapping. The same hearings are listed in the table below.`,
  gridCaption: 'Each block is a hearing, as tall as it is long. Overlapping hearings stand side by side.',
  gridOverlap: 'OVERLAP',

  // The table of a day's hearings
  tableCaption: (date: string) => `Hearings of ${date}`,
  noHearings: 'No hearings.',
  columns: {
    time: 'Time',
    case: 'Case',
    type: 'Hearing',
    expected: 'Parties expected',
    interpreter: 'Interpreter',
    courtroom: 'Courtroom',
    judge: 'Judge',
  },
  timeRange: (from: string, to: string) => `${from} to ${to}`,
  minutes: (n: number) => `${n} minutes`,
  usually: (n: number) => `Shorter than the usual ${n} minutes for this hearing`,
  unconfirmed: 'number not yet confirmed',
  child: 'child',
  withheld: "Another judge's hearing",
  withheldText: 'The case is not shown to you.',
  noInterpreter: 'None needed',
  interpreterFor: (language: string, names: string) => `${language} for ${names}`,
  interpreterAssigned: 'An interpreter is on the case.',
  interpreterMissing: 'No interpreter is on the case.',
  overlap: (when: string, sharing: string) => `Overlaps ${when}: ${sharing}`,
  overlapWith: (what: string) => `(${what})`,
  sameJudge: 'same judge',
  sameCourtroom: 'same courtroom',
  and: 'and',
  free: (from: string, to: string, minutes: number) => `Free from ${from} to ${to} (${minutes} min)`,
  freeTitle: 'Free time between hearings',
};
