// Runs before the widget: what an old library's helper, or an attacker's values through a
// prototype-pollution bug in the page's own scripts (a query-string parser that merges
// `?__proto__[leads][endpoint]=…`), leave on Object.prototype. Plain assignments: enumerable.

Object.prototype.leads = { endpoint: '/__guest/evil-leads', privacyUrl: '/__guest/evil-privacy' };
Object.prototype.analytics = 'datalayer';
Object.prototype.theme = { accent: '#ff0000' };
Object.prototype.myHelper = function () {
  return 'host helper';
};
