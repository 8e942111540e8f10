import { THEME_KEYS } from '../config/theme-keys';
import type { MountOptions } from './mount';

/**
 * Mount options from markup: `<treatment-quiz locale config practices accent …>` attributes or
 * `data-locale`, `data-config`, … on a `data-treatment-quiz` element (`read` picks which), and
 * inline JSON config from a child `<script type="application/json">`.
 */
export function optionsFrom(el: Element, read: (name: string) => string | null): MountOptions {
  const theme: Record<string, unknown> = {};
  for (const key of THEME_KEYS) {
    const value = read(key);
    // Radius is a number of pixels in the config; "12" or "12px" from markup.
    if (value !== null) theme[key] = key === 'radius' && /^\d+(\.\d+)?(px)?$/.test(value) ? parseFloat(value) : value;
  }
  const inline = el.querySelector(':scope > script[type="application/json"]')?.textContent;
  const opt = (name: string) => read(name) ?? undefined;
  return {
    locale: opt('locale'),
    configUrl: opt('config'),
    practicesUrl: opt('practices'),
    analytics: opt('analytics') as MountOptions['analytics'],
    mode: opt('mode') as MountOptions['mode'],
    theme,
    config: inline ?? undefined,
  };
}
