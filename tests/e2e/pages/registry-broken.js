/* global window */
// Runs before the widget: a page whose scripts broke platform APIs the widget could lean on. A
// sealed custom-element registry (some scoped-registry shims and old polyfills throw from
// define), and a Promise.all replaced by something broken.

window.customElements.define = function () {
  throw new Error('this page does not allow new elements');
};
window.Promise.all = function () {
  throw new Error('Promise.all is broken by the host page');
};
