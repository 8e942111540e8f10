import { AGE_BANDS, AGE_FLAGS } from '../engine/safety-questions';
import { APPEARANCES, AREA_IDS, SAFETY_FLAGS, type Appearance, type AreaId } from '../engine/types';
import { STEPS, type Progress } from './state';
import { stringify } from '../guard/stringify';

// Progress lives in sessionStorage: it survives a reload in this tab and nothing else. Storage
// can be missing or throw (privacy modes, sandboxed iframes), so every call is guarded.

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

const isIn = <T extends string>(list: readonly T[]) => (x: unknown): x is T => list.includes(x as T);

/** Reads what a previous page load saved, keeping only values the quiz knows. */
export function loadProgress(key: string): Progress | undefined {
  try {
    const raw: unknown = JSON.parse(storage()?.getItem(key) ?? 'null');
    if (!raw || typeof raw !== 'object') return undefined;
    const r = raw as Record<string, unknown>;
    const list = (x: unknown) => (Array.isArray(x) ? x : []);
    const appearance: { [A in AreaId]?: Appearance } = {};
    const given = r.appearance && typeof r.appearance === 'object' ? (r.appearance as Record<string, unknown>) : {};
    for (const a of AREA_IDS) if (isIn(APPEARANCES)(given[a])) appearance[a] = given[a] as Appearance;
    const areas = list(r.areas).filter(isIn(AREA_IDS));
    const step = isIn(STEPS)(r.step) ? r.step : 'intro';
    // Age is its own answer; an age flag in the list (an older save) is not kept twice.
    const ageFlags: readonly string[] = Object.values(AGE_FLAGS).filter(Boolean) as string[];
    return {
      // A saved step past the areas with no area chosen cannot be shown: start that step again.
      step: areas.length || step === 'intro' ? step : 'areas',
      areas,
      appearance,
      safety: list(r.safety).filter(isIn(SAFETY_FLAGS)).filter((f) => !ageFlags.includes(f)),
      none: r.none === true,
      ...(isIn(AGE_BANDS)(r.age) ? { age: r.age } : {}),
    };
  } catch {
    return undefined;
  }
}

export function saveProgress(key: string, progress: Progress): void {
  try {
    storage()?.setItem(key, stringify(progress));
  } catch {
    // Full or blocked storage: the quiz still works, it just will not survive a reload.
  }
}

export function clearProgress(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // As above.
  }
}

// A quiz removed for good takes its progress (health answers included) with it. A quiz that is
// re-rendered or put back within the same task (an attribute change, an SPA moving the node)
// keeps it: the delete waits for the next task, and a quiz that takes the key calls it off.
const leaving = new Map<string, ReturnType<typeof setTimeout>>();

/** Deletes the saved progress in the next task, unless keepProgress(key) comes first. */
export function forgetProgress(key: string): void {
  keepProgress(key);
  leaving.set(key, setTimeout(() => (leaving.delete(key), clearProgress(key))));
}

export function keepProgress(key: string): void {
  clearTimeout(leaving.get(key));
  leaving.delete(key);
}
