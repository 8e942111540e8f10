import * as v from 'valibot';

// Deep versions of own.ts, for the validator and fetched practice lists (loaded on demand).

const hasOwn = (o: object, k: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object';

/**
 * A deep copy of own keys only, in objects without a prototype, to check and cut bad parts out
 * of. It tolerates anything JSON.parse can make, stops at silly depth, and copies an object met
 * twice once: configs built in code may share branches (walking them again is exponential) or
 * even loop. Without a prototype, valibot's `key in input` sees only the owner's keys, and
 * "__proto__" (an own key from JSON.parse) is a plain key, reported as unknown.
 */
export function ownCopy(value: unknown, depth = 0, seen = new Map<object, unknown>()): unknown {
  if (depth > 64 || !isObject(value)) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const x of value) out.push(ownCopy(x, depth + 1, seen));
    return out;
  }
  const out = Object.create(null) as Record<string, unknown>;
  seen.set(value, out);
  for (const k of Object.keys(value)) out[k] = ownCopy(value[k], depth + 1, seen);
  return out;
}

/**
 * A parsed value cut down to the keys `given` (the checked input) has as its own, in objects
 * without a prototype. valibot fills a missing key from `schema.fallback`, which a polluted
 * Object.prototype can supply; this keeps only what the owner wrote.
 */
export function ownOutput<T>(out: T, given: unknown): T {
  if (Array.isArray(out)) return out.map((x, i) => ownOutput(x, Array.isArray(given) ? given[i] : undefined)) as T;
  if (!isObject(out)) return out;
  const kept = Object.create(null) as Record<string, unknown>;
  for (const k of Object.keys(out)) if (isObject(given) && hasOwn(given, k)) kept[k] = ownOutput(out[k], given[k]);
  return kept as T;
}

/** valibot's safeParse on an own-keys copy; the output holds only keys the input had. */
export function parseOwn<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> | undefined {
  const input = ownCopy(value);
  const r = v.safeParse(schema, input);
  return r.success ? ownOutput(r.output, input) : undefined;
}
