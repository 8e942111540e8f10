/**
 * JSON.stringify for the quiz's own plain data, whatever `toJSON` a host page added.
 * Prototype.js (still on many old sites) defines `Array.prototype.toJSON`, which turns every
 * list into a quoted string. The replacer gets the holder as `this`, so it hands back the
 * original object instead of what toJSON made of it, without touching the page's globals.
 */
export function stringify(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, made: unknown) {
    const own = this[key];
    return own && typeof own == 'object' ? own : made;
  });
}
