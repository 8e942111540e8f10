// Test helpers for a host page that adds plain (enumerable) keys to Object.prototype, as
// `Object.prototype.leads = …` does.

/** Adds `values` to Object.prototype; returns the function that takes them away again. */
export function pollute(values: Record<string, unknown>): () => void {
  const proto = Object.prototype as Record<string, unknown>;
  const keys = Object.keys(values);
  for (const k of keys) proto[k] = values[k];
  return () => {
    for (const k of keys) delete proto[k];
  };
}

/** Runs `fn` on a polluted page and always cleans up. Read what you need inside `fn`. */
export function polluted<T>(values: Record<string, unknown>, fn: () => T): T {
  const clean = pollute(values);
  try {
    return fn();
  } finally {
    clean();
  }
}
