import { stringify } from '../guard/stringify';
import type { Lead } from './lead';

// Unsent leads wait in localStorage, so a flaky connection or a closed tab loses nothing; the
// next page load on the same site delivers them. Personal data is not kept forever: a lead
// still undelivered after a week is deleted, checked on every read (so at start-up too).

export const STORAGE_KEY = 'treatment-quiz:leads';
export const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export interface Pending {
  readonly endpoint: string;
  readonly lead: Lead;
  /** When the visitor sent it (ms since epoch). */
  readonly at: number;
  /** Tries in a row that failed with a network error while online (see queue.ts, "blind"). */
  readonly blind?: number;
  /** When the last of those was (ms since epoch). */
  readonly blindAt?: number;
}

/** The part of the Storage API the queue uses (localStorage, or a test double). */
export type LeadStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isPending = (x: unknown): x is Pending =>
  !!x && typeof x === 'object' && typeof (x as Pending).endpoint === 'string' && typeof (x as Pending).at === 'number' && !!(x as Pending).lead && typeof (x as Pending).lead.id === 'string';

/** Leads younger than a week (a clock set far ahead must not keep one either). */
export const fresh = (list: readonly Pending[], now = Date.now()): Pending[] => list.filter((p) => Math.abs(now - p.at) < MAX_AGE_MS);

/**
 * Reads the waiting leads; a missing, blocked or corrupt store reads as empty. Expired or
 * corrupt entries are deleted from the store as they are found.
 */
export function loadPending(storage: LeadStorage | undefined, now = Date.now()): Pending[] {
  let list: unknown;
  try {
    list = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
  } catch {
    list = null; // unreadable: deleted below (a blocked store just refuses that too)
  }
  const kept = Array.isArray(list) ? fresh(list.filter(isPending), now) : [];
  if (!Array.isArray(list) || kept.length < list.length) savePending(storage, kept);
  return kept;
}

/** Writes the waiting leads (removes the key when none). False when storage is unavailable or full. */
export function savePending(storage: LeadStorage | undefined, list: readonly Pending[]): boolean {
  try {
    if (!storage) return false;
    if (list.length) storage.setItem(STORAGE_KEY, stringify(list));
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
