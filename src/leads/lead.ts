import type { AreaId, Locale, Recommendation, Treatment } from '../engine/types';
import { PHONE } from '../guard/phone';

/**
 * What the owner's endpoint receives. Contact details the visitor typed and the recommendation
 * type: never the safety answers, and never the cautions or reasons (which reveal them).
 */
export interface Lead {
  /** Random id, the same on every retry, so the endpoint can drop duplicates. */
  readonly id: string;
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
  readonly consent: true;
  readonly recommendation: {
    readonly overall: Treatment;
    readonly areas: readonly { readonly area: AreaId; readonly treatment: Treatment }[];
  };
  readonly locale: Locale;
  /** The page the quiz was taken on, without query string or fragment (they can carry ids). */
  readonly page: string;
}

export interface LeadInput {
  readonly name: string;
  /** An email address or a phone number: the form has one field for either. */
  readonly contact: string;
  readonly consent: boolean;
  readonly recommendation: Recommendation;
  readonly locale: Locale;
  readonly page: string;
}

export type LeadProblem = 'name' | 'contact' | 'consent';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const pageOf = (href: string): string => {
  try {
    const u = new URL(href);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
};

const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** The fields the visitor must fix, in form order; empty when the lead can be sent. */
export function leadProblems(input: Pick<LeadInput, 'name' | 'contact' | 'consent'>): LeadProblem[] {
  const problems: LeadProblem[] = [];
  if (!input.name.trim() || input.name.trim().length > 200) problems.push('name');
  const c = input.contact.trim();
  if (!EMAIL.test(c) && !(PHONE.test(c) && c.replace(/\D/g, '').length >= 7)) problems.push('contact');
  if (input.consent !== true) problems.push('consent');
  return problems;
}

/** The lead to send, or undefined when the input has problems (see leadProblems). */
export function buildLead(input: LeadInput): Lead | undefined {
  if (leadProblems(input).length) return undefined;
  const contact = input.contact.trim();
  const r = input.recommendation;
  return {
    id: newId(),
    name: input.name.trim(),
    ...(EMAIL.test(contact) ? { email: contact } : { phone: contact }),
    consent: true,
    // The interest, never the result: the endpoint must not be able to infer a health answer.
    recommendation: { overall: r.interest.overall, areas: r.interest.areas.map(({ area, treatment }) => ({ area, treatment })) },
    locale: input.locale,
    page: pageOf(input.page),
  };
}
