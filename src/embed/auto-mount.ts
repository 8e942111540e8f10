import { whenParsed } from './element';
import { DIVS } from './markup';
import { mount, type MountHandle } from './mount';
import { optionsFrom } from './options-from';


/**
 * Mounts every `data-treatment-quiz` element, now and when added later (site builders and
 * SPAs), and destroys each one's quiz when it leaves the page. Returns a stop function that
 * disconnects the observer and destroys what it mounted.
 */
export function startAutoMount(doc: Document = document): () => void {
  const handles = new Map<Element, MountHandle>();
  let observer: MutationObserver | undefined;
  let stopped = false;

  const add = (el: Element) => {
    if (!handles.has(el)) handles.set(el, mount(el, optionsFrom(el, (name) => el.getAttribute(`data-${name}`))));
  };
  // Only what was added is searched, never the whole page: a busy SPA mutates it constantly.
  const addWithin = (node: Node) => {
    if (node.nodeType !== 1) return;
    if ((node as Element).matches(DIVS)) add(node as Element);
    (node as Element).querySelectorAll(DIVS).forEach(add);
  };
  const sweep = () => {
    for (const [el, handle] of handles) {
      if (el.isConnected) continue;
      handle.destroy();
      handles.delete(el);
    }
  };

  whenParsed(doc, () => {
    if (stopped) return;
    doc.querySelectorAll(DIVS).forEach(add);
    observer = new MutationObserver((records) => {
      sweep();
      for (const r of records) r.addedNodes.forEach(addWithin);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  });

  return () => {
    stopped = true;
    observer?.disconnect();
    for (const handle of handles.values()) handle.destroy();
    handles.clear();
  };
}
