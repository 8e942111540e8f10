/* global window, setTimeout */
// A host page that has been around: prototype extensions from old libraries, an AMD loader,
// a jQuery-like $, CommonJS-looking globals, and a fetch "wrapper" that is broken. Loaded
// before the widget, as a site's own scripts usually are.

Array.prototype.remove = function (x) {
  return this.filter(function (y) {
    return y !== x;
  });
};
Array.prototype.first = function () {
  return this[0];
};
Array.prototype.each = function (fn) {
  for (var i = 0; i < this.length; i++) fn(this[i], i);
};
String.prototype.capitalize = function () {
  return this.charAt(0).toUpperCase() + this.slice(1);
};
Function.prototype.defer = function () {
  return setTimeout(this, 0);
};

window.__amdDefined = [];
window.define = function (name) {
  window.__amdDefined.push(typeof name === 'string' ? name : '(anonymous)');
};
window.define.amd = { jQuery: true };
window.require = function () {
  throw new Error('host AMD require called');
};
window.requirejs = window.require;
window.exports = {};
window.module = { exports: window.exports };

window.jQuery = window.$ = function (selector) {
  return { selector: selector, on: function () {}, ready: function (fn) { fn(); } };
};
window.$.fn = { jquery: '1.12.4' };

window.preact = 'not preact';
window.h = function () {
  throw new Error('host h() called');
};
window.render = function () {
  throw new Error('host render() called');
};
window.process = { env: { NODE_ENV: 'development' } };

window.fetch = function () {
  throw new TypeError('fetch is broken by the host page');
};

window.__hostErrors = [];
window.addEventListener('error', function (e) {
  window.__hostErrors.push(String(e.message));
});
window.addEventListener('unhandledrejection', function (e) {
  window.__hostErrors.push('rejection: ' + String(e.reason && e.reason.message));
});
