import type { Locale } from '../engine/types';

// Words only the result page says, in its own lazily loaded file: the first screen does not
// carry them (the owner-editable result wording stays in content/ui.ts).
export const resultLabels: { readonly [L in Locale]: { readonly approvals: string } } = {
  en: { approvals: 'FDA approval for your areas' },
  es: { approvals: 'Aprobación de la FDA para sus zonas' },
};
