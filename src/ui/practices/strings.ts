import type { Locale } from '../../engine/types';

// Wording of the practices block. Placeholders in {braces} are filled by `fill`.
export interface PracticeStrings {
  readonly heading: string;
  /** The heading over a single-practice site's one card. */
  readonly headingOne: string;
  readonly intro: string;
  readonly consultFirst: string;
  readonly zipLabel: string;
  readonly zipHint: string;
  readonly zipInvalid: string;
  readonly find: string;
  readonly useLocation: string;
  readonly locating: string;
  readonly locationDenied: string;
  readonly locationFailed: string;
  readonly loading: string;
  readonly zipUnknown: string;
  readonly zipTableFailed: string;
  readonly directoryFailed: string;
  readonly directoryNeedsZip: string;
  readonly found: string;
  readonly foundOne: string;
  readonly noMatch: string;
  readonly noMatchNearest: string;
  readonly noMatchNearestIn: string;
  readonly featured: string;
  readonly searchDirectory: string;
  readonly offers: string;
  readonly servesArea: string;
  readonly website: string;
  readonly call: string;
  readonly book: string;
  readonly newTab: string;
  readonly nearZip: string;
  readonly nearYou: string;
  readonly nearCity: string;
  readonly ofYou: string;
}

export const practiceStrings: { readonly [L in Locale]: PracticeStrings } = {
  en: {
    heading: 'Find a practice',
    headingOne: 'Book a consultation',
    intro: 'Practices that offer what your result suggests. Enter your ZIP code or city to see those near you.',
    consultFirst: 'Your answers mean a licensed provider should see you before any treatment. These practices can do that consultation.',
    zipLabel: 'ZIP code or city',
    zipHint: 'For example 87101 or Santa Fe, NM',
    zipInvalid: 'Enter a 5-digit ZIP code or a city, for example 87101 or Santa Fe, NM.',
    find: 'Find practices',
    useLocation: 'Use my location',
    locating: 'Finding your location…',
    locationDenied: 'Location is turned off for this site. Enter your ZIP code instead.',
    locationFailed: 'We could not get your location. Enter your ZIP code instead.',
    loading: 'Looking for practices…',
    zipUnknown: 'We do not know ZIP code {zip}, so distances are not shown.',
    zipTableFailed: 'We could not look up distances right now, so practices are matched by ZIP code only.',
    directoryFailed: 'We could not load the practice directory right now. Here is our featured practice; please try again later.',
    directoryNeedsZip: 'To search all our practices, enter a ZIP code.',
    found: '{count} practices {near}.',
    foundOne: '1 practice {near}.',
    noMatch: 'No matching practice {near}.',
    noMatchNearest: 'No matching practice within {radius} of {where}. The nearest is {name}, about {distance} away.',
    noMatchNearestIn: 'No matching practice within {radius} of {where}. The nearest is {name} in {place}, about {distance} away.',
    featured: 'Featured',
    searchDirectory: 'Search our directory',
    offers: 'Offers: {list}',
    servesArea: 'Serves your area',
    website: 'Website',
    call: 'Call',
    book: 'Book',
    newTab: '(opens in a new tab)',
    nearZip: 'near {zip}',
    nearYou: 'near you',
    nearCity: 'in {city}',
    ofYou: 'you',
  },
  es: {
    heading: 'Encuentre una clínica',
    headingOne: 'Pida una consulta',
    intro: 'Clínicas que ofrecen lo que sugiere su resultado. Escriba su código postal o su ciudad para ver las que están cerca de usted.',
    consultFirst: 'Por sus respuestas, un profesional con licencia debe valorarle antes de cualquier tratamiento. Estas clínicas pueden hacer esa consulta.',
    zipLabel: 'Código postal (ZIP) o ciudad',
    zipHint: 'Por ejemplo 87101 o Santa Fe, NM',
    zipInvalid: 'Escriba un código postal de 5 dígitos o una ciudad, por ejemplo 87101 o Santa Fe, NM.',
    find: 'Buscar clínicas',
    useLocation: 'Usar mi ubicación',
    locating: 'Buscando su ubicación…',
    locationDenied: 'La ubicación está desactivada para este sitio. Escriba su código postal.',
    locationFailed: 'No pudimos obtener su ubicación. Escriba su código postal.',
    loading: 'Buscando clínicas…',
    zipUnknown: 'No conocemos el código postal {zip}, así que no mostramos distancias.',
    zipTableFailed: 'No pudimos calcular distancias ahora; las clínicas se eligen solo por código postal.',
    directoryFailed: 'No pudimos cargar el directorio de clínicas ahora. Esta es nuestra clínica destacada; inténtelo más tarde.',
    directoryNeedsZip: 'Para buscar en todas nuestras clínicas, escriba un código postal.',
    found: '{count} clínicas {near}.',
    foundOne: '1 clínica {near}.',
    noMatch: 'No encontramos ninguna clínica para su resultado {near}.',
    noMatchNearest: 'No encontramos ninguna clínica para su resultado a menos de {radius} de {where}. La más cercana es {name}, a unas {distance}.',
    noMatchNearestIn: 'No encontramos ninguna clínica para su resultado a menos de {radius} de {where}. La más cercana es {name}, en {place}, a unas {distance}.',
    featured: 'Destacada',
    searchDirectory: 'Buscar en nuestro directorio',
    offers: 'Ofrece: {list}',
    servesArea: 'Atiende su zona',
    website: 'Sitio web',
    call: 'Llamar',
    book: 'Reservar',
    newTab: '(se abre en una pestaña nueva)',
    nearZip: 'cerca de {zip}',
    nearYou: 'cerca de usted',
    nearCity: 'en {city}',
    ofYou: 'usted',
  },
};
