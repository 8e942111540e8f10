/* global window, document, setTimeout */
// A stand-in for a Google Tag Manager container: on the "Window Loaded" trigger it injects a
// Custom HTML tag the way GTM does: the HTML is parsed into the end of <body> and every
// <script> in it is re-created so the browser runs it (scripts set by innerHTML never run).
window.dataLayer = window.dataLayer || [];

// The Custom HTML tag exactly as the owner pasted it (see README, Google Tag Manager).
var TAG =
  '<script src="/dist/treatment-quiz.js" async></script>\n' +
  '<treatment-quiz mode="launcher" locale="en" analytics="datalayer">\n' +
  '  <script type="application/json">{ "launcher": { "position": "bottom-right", "offsetY": 80 } }</script>\n' +
  '</treatment-quiz>';

function injectCustomHtml(html) {
  var holder = document.createElement('div');
  holder.innerHTML = html;
  Array.prototype.forEach.call(holder.querySelectorAll('script'), function (old) {
    if (old.type && old.type !== 'text/javascript') return; // JSON data stays as it is
    var s = document.createElement('script');
    for (var i = 0; i < old.attributes.length; i++) s.setAttribute(old.attributes[i].name, old.attributes[i].value);
    s.text = old.text;
    old.replaceWith(s);
  });
  while (holder.firstChild) document.body.appendChild(holder.firstChild);
}

function fire() {
  window.dataLayer.push({ event: 'gtm.load' });
  injectCustomHtml(TAG);
}

if (document.readyState === 'complete') setTimeout(fire, 50);
else window.addEventListener('load', function () { setTimeout(fire, 50); });
