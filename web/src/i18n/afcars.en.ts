/** English words of the AFCARS 2020 download on the Data page; afcars.es.ts has exactly these keys. */
export const afcarsEn = {
  title: 'AFCARS 2020 file',
  intro:
    'Your district’s records as an AFCARS 2.0 (2020 rule) out-of-home-care XML file for one reporting period. Hearth fills in the elements it keeps and leaves the others empty. Each download is recorded.',
  unconfirmed:
    'No official schema was available: element names and their order follow the AFCARS XML Editor. Check the file before you submit it.',
  period: 'Reporting period',
  periodOption: (start: string, end: string) => `${start} to ${end}`,
  download: 'Download the AFCARS file (XML)',
};
