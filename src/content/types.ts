import type { AreaId, Appearance, SafetyFlag, Treatment } from '../engine/types';
import type { DefaultRuleId } from '../engine/default-rules';
import type { AgeBand, SafetyGroup } from '../engine/safety-questions';

/** A row of the Botox-vs-filler comparison: one plain sentence per treatment. */
export interface ComparisonRow {
  readonly label: string;
  readonly neuromodulator: string;
  readonly filler: string;
}

export interface Choice {
  readonly label: string;
  readonly help: string;
}

/**
 * Every word the product says about treatments, per locale, in two halves so a visitor
 * downloads only what the screen needs, in their language only: the quiz words right after the
 * first screen, the result words on the last question (src/parts.ts). Each locale must fill every key: the type makes a missing translation
 * a compile error and content tests catch empty ones.
 */
export type MedicalStrings = QuizWords & ResultWords;

/** What the visitor reads while answering (and the treatment names and disclaimer). */
export interface QuizWords {
  readonly areas: { readonly [A in AreaId]: { readonly label: string; readonly hint: string } };
  readonly appearances: { readonly [A in Appearance]: Choice };
  /** Wording of the "when" options for one area, where the general wording does not fit. */
  readonly appearancesFor: { readonly [A in AreaId]?: { readonly [P in Appearance]?: Choice } };
  readonly flags: { readonly [F in SafetyFlag]: string };
  readonly ages: { readonly [B in AgeBand]: string };
  readonly safetyGroups: { readonly age: string } & { readonly [G in SafetyGroup]: string };
  readonly treatments: { readonly [T in Treatment]: { readonly name: string; readonly summary: string } };
  readonly disclaimer: string;
  /** The mirror self-test shown with the "when do you see it" question. */
  readonly mirrorCheck: string;
}

/** What the result page says: why, what to watch for, and how the treatments compare. */
export interface ResultWords {
  /** What is FDA-approved for each area, in one plain sentence (facts.md). */
  readonly approvals: { readonly [A in AreaId]: string };
  readonly reasons: { readonly [R in DefaultRuleId]: string };
  readonly cautions: { readonly [F in SafetyFlag]: string };
  readonly noRule: string;
  readonly comparison: {
    readonly title: string;
    readonly rows: {
      readonly howItWorks: ComparisonRow;
      readonly treats: ComparisonRow;
      readonly onset: ComparisonRow;
      readonly lasts: ComparisonRow;
      readonly brands: ComparisonRow;
    };
    /** Brand names are trademarks of their owners; shown with the comparison. */
    readonly trademarks: string;
    /** The serious risks, stated calmly and concretely, with the warning signs. */
    readonly risks: string;
    /** One line that stays visible while the full risks sit in a disclosure. */
    readonly riskSummary: string;
    /** Heading of what the FDA approved for the visitor's own areas. */
    readonly approvalsTitle: string;
  };
}

/**
 * The words of the parts that load after the first screen, per locale: practice search and
 * cards, sharing, the lead form, the launcher. Parts read them with `usePartWords` (ui/part-words.ts),
 * which applies the site owner's `copy.<locale>.<part>` overrides. Placeholders in {braces}.
 */
export interface PartWords {
  readonly practices: PracticeWords;
  readonly share: ShareWords;
  readonly leads: LeadWords;
  readonly launcher: LauncherWords;
}

export type PartName = keyof PartWords;

/** The practices block: search by ZIP, city or location, and the practice cards. */
export interface PracticeWords {
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
  /** The booking link on a practice card. */
  readonly book: string;
  readonly newTab: string;
  readonly nearZip: string;
  readonly nearYou: string;
  readonly nearCity: string;
  readonly ofYou: string;
}

/** Sharing the quiz. Network names are brands, the same in every language (ui/share/Share.tsx). */
export interface ShareWords {
  /** The shared text: names the result type only, never the answers. */
  readonly text: string;
  readonly title: string;
  /** The one share button: opens the share sheet, or the menu of networks and Copy link. */
  readonly share: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyManually: string;
  readonly newTab: string;
}

/**
 * The "send me my result" form. The consent line says exactly what the visitor agrees to; the
 * form's intro says what is and is not sent.
 */
export interface LeadWords {
  readonly title: string;
  readonly intro: string;
  readonly name: string;
  readonly contact: string;
  readonly contactHint: string;
  readonly consent: string;
  readonly privacy: string;
  readonly submit: string;
  readonly sending: string;
  readonly sent: string;
  readonly queued: string;
  /** The browser would not let us store the lead: say so, never "saved". */
  readonly unsaved: string;
  readonly rejected: string;
  /** Followed by the practice's phone number as a link. */
  readonly call: string;
  /** When the owner gave no phone number. */
  readonly contactDirectly: string;
  readonly nameError: string;
  readonly contactError: string;
  readonly consentError: string;
}

/** Launcher mode's floating button and its dialog. */
export interface LauncherWords {
  /** The floating button, and the dialog's accessible name. */
  readonly open: string;
  readonly close: string;
}
