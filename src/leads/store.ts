import type { Lead } from './lead';

// Unsent leads wait in localStorage, so a flaky connection or a closed tab loses nothing; the
// next page load on the same site delivers them. Personal data is not kept forever: a lead
// still undelivered after a week is dropped.

export const STORAGE_KEY = 'treatment-quiz:leads';
export const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export interface Pending {
  readonly endpoint: string;
  readonly lead: Lead;
  /** When the visitor sent it (ms since epoch). */
  readonly at: number;
}

/** The part of the Storage API the queue uses (localStorage, or a test double). */
export type LeadStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isPending = (x: unknown): x is Pending =>
  !!x && typeof x === 'object' && typeof (x as Pending).endpoint === 'string' && typeof (x as Pending).at === 'number' && !!(x as Pending).lead && typeof (x as Pending).lead.id === 'string';

/** Reads the waiting leads; a missing, blocked or corrupt store reads as empty. */
export function loadPending(storage: LeadStorage | undefined, now = Date.now()): Pending[] {
  try {
    const list: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((p): p is Pending => isPending(p) && now - p.at < MAX_AGE_MS) : [];
  } catch {
    return [];
  }
}

/** Writes the waiting leads (removes the key when none). False when storage is unavailable or full. */
export function savePending(storage: LeadStorage | undefined, list: readonly Pending[]): boolean {
  try {
    if (!storage) return false;
    if (list.length) storage.setItem(STORAGE_KEY, JSON.stringify(list));
    else storage.removeItem(STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** localStorage when the browser lets us use it (it throws in some private modes and sandboxes). */
export function browserStorage(): LeadStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
