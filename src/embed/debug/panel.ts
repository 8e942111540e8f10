/// <reference types="vite/client" />
import css from './panel.css?inline';

// The owner's view of config problems: the same `path: what is wrong (got …)` lines as the
// console, in a labelled region above the quiz, inside its shadow root. A separate file,
// fetched only when there are problems on a local or ?tq-debug page (see page.ts).

let sheet: CSSStyleSheet | undefined;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
};

/** Puts the panel first in `root` (as text, never HTML) and returns what takes it away again. */
export function showProblems(root: ShadowRoot, problems: readonly string[]): () => void {
  // A constructable sheet like the widget's own: no <style>, so a strict CSP page shows it too.
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  const section = el('section', '', 'tq-debug');
  section.lang = 'en';
  section.setAttribute('aria-labelledby', 'tq-debug-title');
  const title = el('h2', 'Quiz settings: problems to fix');
  title.id = 'tq-debug-title';
  const list = el('ul');
  for (const line of problems) {
    const item = el('li');
    item.append(el('code', line));
    list.append(item);
  }
  section.append(
    title,
    el('p', 'The quiz runs on its defaults for these parts. Only you see this box: it shows on localhost and when the address has ?tq-debug, never to visitors of your live site.'),
    list,
  );
  root.prepend(section);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    section.remove();
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
