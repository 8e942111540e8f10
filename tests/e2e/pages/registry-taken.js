/* global window, HTMLElement */
// Runs before the widget: another script on the page already owns the tag name.
window.customElements.define(
  'treatment-quiz',
  class extends HTMLElement {
    connectedCallback() {
      this.textContent = 'the page\u2019s own element';
    }
  },
);
