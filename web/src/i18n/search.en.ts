/** English words of the search pages; search.es.ts has exactly these keys. */
export const searchEn = {
  title: 'Search',
  label: 'Search people and cases',
  button: 'Search',
  hint: 'A name, a date of birth (like 5/31/2016) or a petition number.',
  intro: 'Type a name, a date of birth (like 5/31/2016) or a petition number in the search box.',
  reach: 'You only find the children, cases and people on cases you are allowed to see.',
  tooShort: 'Type at least 2 letters or numbers to search.',
  badQuery:
    'Hearth could not search for that. Type a name, a date of birth written like 5/31/2016, or a petition number.',
  searching: 'Searching…',
  found: (q: string, children: number, cases: number, people: number) => {
    const n = children + cases + people;
    if (n === 0) return `Nothing found for “${q}”.`;
    const parts = [
      children ? `${children} ${children === 1 ? 'child' : 'children'}` : '',
      people ? `${people} ${people === 1 ? 'person' : 'people'} on cases` : '',
      cases ? `${cases} ${cases === 1 ? 'case' : 'cases'}` : '',
    ].filter(Boolean);
    const last = parts.pop();
    return `Found ${parts.length ? `${parts.join(', ')} and ${last}` : last} for “${q}”.`;
  },
  nothingHelp: 'Check the spelling, or try a date of birth (like 5/31/2016) or a petition number.',
  more: 'There are more results than shown here. Add to your search to narrow it.',
  children: 'Children',
  cases: 'Cases',
  people: 'People on cases',
  childrenCaption: 'Children found, closest match first',
  peopleCaption: 'People on cases found, closest match first',
  casesCaption: 'Cases found, closest match first',
  name: 'Name',
  birthDate: 'Date of birth',
  petitionNumbers: 'Petition numbers',
  petitionNumber: 'Petition number',
  childrenOnCase: 'Children',
  roleOnCase: 'Role on the case',
  case: 'Case',
  court: 'Court',
  status: 'Status',
  matchedBy: 'Found by',
  why: {
    childName: 'Name',
    childNameClose: 'Name, spelled a little differently',
    childBirthDate: 'Date of birth',
    childPetition: 'Petition number of a case',
    caseName: "A child's name",
    caseNameClose: "A child's name, spelled a little differently",
    caseBirthDate: "A child's date of birth",
    casePetition: 'Petition number',
    casePetitionPart: 'Part of the petition number',
    personName: 'Name',
    personNameClose: 'Name, spelled a little differently',
    personBirthDate: 'Date of birth',
  },
};
