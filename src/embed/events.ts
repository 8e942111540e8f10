import type { Emit, EventName } from '../ui/events';

/**
 * Something else that hears every widget event: analytics, the owner's `onEvent`. It is handed
 * the detail as sent and reads it as unknown (analytics keeps only what its allow-list names).
 */
export type Listener = (name: EventName, detail: Readonly<Record<string, unknown>>) => void;

/**
 * Fires `treatment-quiz:<name>` on the host element as a bubbling, composed CustomEvent, then
 * calls each extra listener with the short name. A listener that throws is reported, never
 * rethrown into the host page or the quiz.
 */
export function createEmitter(host: Element, extraListeners: readonly (Listener | undefined)[] = []): Emit {
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
