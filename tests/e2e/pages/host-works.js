/* global window, document */
// After everything else: proves the host page's own code still runs.
window.__hostReady = true;
document.getElementById('host-counter').addEventListener('click', function () {
  this.textContent = String(Number(this.textContent) + 1);
});
