import { within } from '@testing-library/preact';
import { settings } from '../../src/embed/parts';
import { theme } from '../../src/ui/parts';

// The widget renders into an open shadow root: queries go through it, as a visitor's eyes do.

/** Testing Library queries scoped to `el`'s shadow root. */
export const shadow = (el: Element) => within(el.shadowRoot as unknown as HTMLElement);

/** One macrotask: lets a promise-driven render (a loaded file, a fetch answer) land. */
export const flush = () => new Promise((r) => setTimeout(r, 0));

/** With settings, the quiz shows once the validator (and theme) files have loaded. */
export const settle = async () => {
  await Promise.all([settings(), theme()]);
  await flush();
};
