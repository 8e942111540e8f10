/** Something else that hears every widget event: analytics, the owner's `onEvent`. */
export type Listener = (name: string, detail: Readonly<Record<string, unknown>>) => void;

export type Emitter = (name: string, detail: Record<string, unknown>) => void;

/**
 * Fires `treatment-quiz:<name>` on the host element as a bubbling, composed CustomEvent, then
 * calls each extra listener with the short name. A listener that throws is reported, never
 * rethrown into the host page or the quiz.
 */
export function createEmitter(host: Element, extraListeners: readonly (Listener | undefined)[] = []): Emitter {
  return (name, detail) => {
    try {
      host.dispatchEvent(new CustomEvent(`treatment-quiz:${name}`, { bubbles: true, composed: true, detail }));
    } catch (e) {
      console.error(`treatment-quiz: could not send the ${name} event`, e);
    }
    for (const listener of extraListeners) {
      try {
        listener?.(name, detail);
      } catch (e) {
        console.error(`treatment-quiz: a listener for the ${name} event failed`, e);
      }
    }
  };
}
