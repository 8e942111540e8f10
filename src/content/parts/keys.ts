import type { PartName, PartWords } from '../types';

/**
 * Every part's wording keys, without the words: the config checks an owner's `copy` against
 * these (config/schema.ts) and must not download the tables to do it. The compiler keeps the
 * lists complete: a key added to a part's words and missing here fails `npx tsc`.
 */
export const PART_WORD_KEYS = {
  practices: ['heading', 'headingOne', 'intro', 'consultFirst', 'zipLabel', 'zipHint', 'zipInvalid', 'find', 'useLocation', 'locating', 'locationDenied', 'locationFailed', 'loading', 'zipUnknown', 'zipTableFailed', 'directoryFailed', 'directoryNeedsZip', 'found', 'foundOne', 'noMatch', 'noMatchNearest', 'noMatchNearestIn', 'featured', 'searchDirectory', 'offers', 'servesArea', 'website', 'call', 'book', 'newTab', 'nearZip', 'nearYou', 'nearCity', 'ofYou'],
  share: ['text', 'title', 'share', 'copy', 'copied', 'copyManually', 'newTab'],
  leads: ['title', 'intro', 'name', 'contact', 'contactHint', 'consent', 'privacy', 'submit', 'sending', 'sent', 'queued', 'unsaved', 'rejected', 'call', 'contactDirectly', 'nameError', 'contactError', 'consentError'],
  launcher: ['open', 'close'],
} as const satisfies { readonly [P in PartName]: readonly (keyof PartWords[P])[] };

type Listed<P extends PartName> = (typeof PART_WORD_KEYS)[P][number];
type Unlisted = { [P in PartName]: Exclude<keyof PartWords[P], Listed<P>> }[PartName];
// A compile error here names the part key missing from PART_WORD_KEYS.
const _complete: [Unlisted] extends [never] ? true : Unlisted = true;
