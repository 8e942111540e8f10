/**
 * JSON.stringify for the quiz's own plain data, whatever `toJSON` a host page added.
 * Prototype.js (still on many old sites) defines `Array.prototype.toJSON`, which turns every
 * list into a quoted string. It is set aside for the length of this one synchronous call; if
 * it cannot be (not configurable), the replacer, which gets the holder as `this`, hands back
 * the original object instead of what toJSON made of it.
 */
export function stringify(value: unknown): string {
  const proto = Array.prototype as { toJSON?: unknown };
  const added = Object.getOwnPropertyDescriptor(proto, 'toJSON');
  const aside = added?.configurable && delete proto.toJSON;
  try {
    return JSON.stringify(value, function (this: Record<string, unknown>, key: string, made: unknown) {
      const own = this[key];
      return own && typeof own == 'object' ? own : made;
    });
  } finally {
    if (aside) Object.defineProperty(proto, 'toJSON', added);
  }
}
