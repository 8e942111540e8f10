/* global window, document */
window.customElements.whenDefined('treatment-quiz').then(function () {
  var script = document.createElement('script');
  script.src = '/__guest/next/treatment-quiz.js';
  document.head.append(script);
});
