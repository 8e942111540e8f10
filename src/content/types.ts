import type { AreaId, Appearance, SafetyFlag, Treatment } from '../engine/types';
import type { DefaultRuleId } from '../engine/default-rules';

/** A row of the Botox-vs-filler comparison: one plain sentence per treatment. */
export interface ComparisonRow {
  readonly label: string;
  readonly neuromodulator: string;
  readonly filler: string;
}

/**
 * Every word the product says about treatments, per locale. Each locale must fill every key:
 * the type makes a missing translation a compile error and content tests catch empty ones.
 */
export interface MedicalStrings {
  readonly areas: { readonly [A in AreaId]: { readonly label: string; readonly hint: string } };
  readonly appearances: { readonly [A in Appearance]: { readonly label: string; readonly help: string } };
  readonly flags: { readonly [F in SafetyFlag]: string };
  readonly treatments: { readonly [T in Treatment]: { readonly name: string; readonly summary: string } };
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
    /** Rare but serious risks, stated calmly (facts.md: "not as a scare"). */
    readonly risks: string;
  };
  readonly disclaimer: string;
  /** The mirror self-test shown with the "when do you see it" question. */
  readonly mirrorCheck: string;
}
