import { mount, type MountHandle } from './mount';
import { optionsFrom, THEME_KEYS } from './options-from';

export const TAG = 'treatment-quiz';
const ATTRIBUTES = ['locale', 'config', 'practices', 'analytics', 'mode', ...THEME_KEYS];

/** Runs `fn` once the parser is done, so child elements (the inline JSON) exist. */
export function whenParsed(doc: Document, fn: () => void): void {
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', fn, { once: true });
  else fn();
}

/** Defines `<treatment-quiz>` unless something already has (the script loaded twice). */
export function defineElement(registry: CustomElementRegistry = customElements): void {
  if (registry.get(TAG)) return;
  class TreatmentQuizElement extends HTMLElement {
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
  registry.define(TAG, TreatmentQuizElement);
}
