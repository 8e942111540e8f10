import { version } from '../package.json';

// What the embed builder hands the owner to paste: the script tag, and the element (or div)
// with the settings inline as JSON inside a <script type="application/json">.

/** Where the site kit's README tells the owner to upload the `treatment-quiz` folder. */
export const SELF_HOSTED_SCRIPT = '/treatment-quiz/treatment-quiz.js';
export const CDN_SCRIPT = `https://cdn.jsdelivr.net/npm/treatment-quiz@${version}/dist/treatment-quiz.js`;
export type ScriptHost = 'self' | 'cdn';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * JSON that is inert inside a <script> element and parses back to the same value. The HTML
 * parser reads script text for `</script`, and after `<!--` also for `<script`, which would make
 * it swallow the rest of the owner's page: a practice named "Spa <!--<script> Deluxe" did. So
 * `<`, `>` and `&` never appear as themselves, and neither do U+2028 and U+2029 (line breaks
 * to older JavaScript parsers). `\u003c` is the same character to JSON.parse.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * What the owner pastes: the script tag and the element (or div) with the config inline. The
 * script comes from the owner's own site by default (the site kit's folder: no third party sees
 * their visitors), or from a public CDN that serves npm packages.
 */
export function snippet(settings: Record<string, unknown>, kind: 'element' | 'div', host: ScriptHost = 'self'): string {
  const { locale, ...rest } = settings;
  const inline = Object.keys(rest).length ? `\n  <script type="application/json">\n${scriptJson(rest).replace(/^/gm, '  ')}\n  </script>\n` : '';
  const open = kind === 'element' ? `<treatment-quiz locale="${escapeHtml(String(locale))}">` : `<div data-treatment-quiz data-locale="${escapeHtml(String(locale))}">`;
  const close = kind === 'element' ? '</treatment-quiz>' : '</div>';
  return `<script src="${host === 'cdn' ? CDN_SCRIPT : SELF_HOSTED_SCRIPT}" async></script>\n${open}${inline}${close}\n`;
}
