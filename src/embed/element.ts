import { THEME_KEYS } from '../config/theme-keys';
import { mount, type MountHandle } from './mount';
import { optionsFrom } from './options-from';

export const TAG = 'treatment-quiz';
const ATTRIBUTES = ['locale', 'config', 'practices', 'analytics', 'mode', ...THEME_KEYS];

/** Runs `fn` once the parser is done, so child elements (the inline JSON) exist. */
export function whenParsed(doc: Document, fn: () => void): void {
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', fn, { once: true });
  else fn();
}

/** Says why `<treatment-quiz>` will not work here, and what does. */
const unusable = (why: unknown) => console.warn(`${TAG}: <${TAG}> does not work here (${why}); use <div data-${TAG}>`);

/**
 * Defines `<treatment-quiz>` unless something already has: our own element (the script loaded
 * twice) silently, another script's class with a warning. Never throws: a host whose
 * customElements.define throws gets the warning, and `data-treatment-quiz` elements still work.
 */
export function defineElement(registry: CustomElementRegistry = customElements): void {
  const taken = registry.get(TAG);
  if (taken) {
    if (!('tq' in taken)) unusable('another script defined it');
    return;
  }
  class TreatmentQuizElement extends HTMLElement {
    /** Marks the class as the quiz's own, whichever copy of the script defined it. */
    static tq = 1;
    static observedAttributes = ATTRIBUTES;
    private handle?: MountHandle;

    connectedCallback() {
      whenParsed(this.ownerDocument, () => {
        if (this.isConnected && !this.handle) this.start();
      });
    }

    disconnectedCallback() {
      this.handle?.destroy();
      this.handle = undefined;
    }

    attributeChangedCallback(_name: string, before: string | null, after: string | null) {
      if (this.handle && before !== after) this.start();
    }

    private start() {
      this.handle?.destroy();
      this.handle = mount(this, optionsFrom(this, (name) => this.getAttribute(name)));
    }
  }
  try {
    registry.define(TAG, TreatmentQuizElement);
  } catch (e) {
    unusable(e instanceof Error ? e.message : e);
  }
}
