// A host page may add keys to Object.prototype: an old library's helper, or an attacker's
// value through a prototype-pollution bug in the page's own scripts. Read from a plain object,
// `settings.leads` then finds the page's value for a setting the owner never gave. Settings
// therefore live in objects without a prototype, where only the owner's own keys can be read.

/** The own enumerable keys of `parts` (later wins), in an object without a prototype. */
export const own = <T extends object>(...parts: readonly (Partial<T> | undefined)[]): T => Object.assign(Object.create(null) as T, ...parts);
