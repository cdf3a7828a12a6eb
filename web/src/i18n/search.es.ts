import type { searchEn } from './search.en.ts';

/** Español de las páginas de búsqueda: mismas claves que search.en.ts. */
export const searchEs: typeof searchEn = {
  title: 'Buscar',
  label: 'Buscar personas y casos',
  button: 'Buscar',
  hint: 'Un nombre, una fecha de nacimiento (mes/día/año, como 5/31/2016) o un número de petición.',
  intro:
    'Escriba en el buscador un nombre, una fecha de nacimiento (mes/día/año, como 5/31/2016) o un número de petición.',
  reach: 'Usted solo encuentra los niños, los casos y las personas de los casos que tiene permiso para ver.',
  tooShort: 'Escriba al menos 2 letras o números para buscar.',
  badQuery:
    'Hearth no pudo buscar eso. Escriba un nombre, una fecha de nacimiento (mes/día/año, como 5/31/2016) o un número de petición.',
  searching: 'Buscando…',
  found: (q: string, children: number, cases: number, people: number) => {
    const n = children + cases + people;
    if (n === 0) return `No se encontró nada para “${q}”.`;
    const parts = [
      children ? `${children} ${children === 1 ? 'niño' : 'niños'}` : '',
      people ? `${people} ${people === 1 ? 'persona' : 'personas'} de casos` : '',
      cases ? `${cases} ${cases === 1 ? 'caso' : 'casos'}` : '',
    ].filter(Boolean);
    const last = parts.pop();
    return `Se encontraron ${parts.length ? `${parts.join(', ')} y ${last}` : last} para “${q}”.`;
  },
  nothingHelp:
    'Revise cómo está escrito, o pruebe con una fecha de nacimiento (mes/día/año, como 5/31/2016) o un número de petición.',
  more: 'Hay más resultados de los que se muestran. Agregue algo a su búsqueda para acotarla.',
  children: 'Niños',
  cases: 'Casos',
  people: 'Personas de los casos',
  childrenCaption: 'Niños encontrados, el más parecido primero',
  peopleCaption: 'Personas de los casos encontradas, la más parecida primero',
  casesCaption: 'Casos encontrados, el más parecido primero',
  name: 'Nombre',
  birthDate: 'Fecha de nacimiento',
  petitionNumbers: 'Números de petición',
  petitionNumber: 'Número de petición',
  childrenOnCase: 'Niños',
  roleOnCase: 'Papel en el caso',
  case: 'Caso',
  court: 'Tribunal',
  status: 'Estado',
  matchedBy: 'Encontrado por',
  why: {
    childName: 'Nombre',
    childNameClose: 'Nombre, escrito de forma un poco distinta',
    childBirthDate: 'Fecha de nacimiento',
    childPetition: 'Número de petición de un caso',
    caseName: 'El nombre de un niño',
    caseNameClose: 'El nombre de un niño, escrito de forma un poco distinta',
    caseBirthDate: 'La fecha de nacimiento de un niño',
    casePetition: 'Número de petición',
    casePetitionPart: 'Parte del número de petición',
    personName: 'Nombre',
    personNameClose: 'Nombre, escrito de forma un poco distinta',
    personBirthDate: 'Fecha de nacimiento',
  },
};
