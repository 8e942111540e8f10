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
 * downloads only what the screen needs: the quiz words with the first screen, the result words
 * with the result page. Each locale must fill every key: the type makes a missing translation
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
  };
}
