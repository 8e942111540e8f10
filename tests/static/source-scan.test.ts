import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT } from '../helpers/source-files';

// The promises in docs/privacy-and-security.md, checked against the widget's source. Each check
// lists the only files allowed to use a sensitive API, so a new network call, storage use or
// global is a visible change to this allow-list, reviewed on purpose, never an accident.

// The CLI runs on the owner's machine, not in visitors' browsers.
const WIDGET_DIRS = ['src/ui', 'src/embed', 'src/engine', 'src/content', 'src/config', 'src/match', 'src/leads'];

/** Source without comments, so a comment that names an API does not count as using it. */
function code(rel: string): string {
  return readFileSync(join(ROOT, rel), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const SOURCES = WIDGET_DIRS.flatMap((dir) => filesUnder(dir)).map((rel) => ({ rel, text: code(rel) }));

function users(pattern: RegExp): string[] {
  return SOURCES.filter((f) => pattern.test(f.text))
    .map((f) => f.rel)
    .sort();
}

describe('widget source', () => {
  it('is found (the scan is not vacuous)', () => {
    expect(SOURCES.length).toBeGreaterThan(20);
    expect(SOURCES.map((f) => f.rel)).toEqual(expect.arrayContaining(['src/config/validate.ts', 'src/engine/evaluate.ts']));
  });

  it('never writes HTML from strings or evaluates code', () => {
    expect(users(/\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\s*\(|new\s+Function\s*\(|createContextualFragment|DOMParser/)).toEqual([]);
    // setTimeout("code") is eval in disguise.
    expect(users(/set(?:Timeout|Interval)\s*\(\s*['"`]/)).toEqual([]);
  });

  it('never reads or writes cookies, IndexedDB or other tracking state', () => {
    expect(users(/document\.cookie|\bindexedDB\b|navigator\.(?:userAgentData|getBattery)|\bFingerprint/i)).toEqual([]);
  });

  it('asks for the visitor\'s location only in the practice finder (on a button press)', () => {
    expect(users(/\bgeolocation\b/)).toEqual(['src/ui/practices/LocationForm.tsx']);
  });

  it('needs no inline styles or scripts that a strict CSP would block', () => {
    expect(users(/createElement\(\s*['"`](?:style|script|link|iframe)['"`]|setAttribute\(\s*['"`](?:style|on\w+)['"`]/)).toEqual([]);
  });

  it('uses sessionStorage only to keep quiz progress and localStorage only for leads the owner asked for', () => {
    expect(users(/\bsessionStorage\b/)).toEqual(['src/ui/persist.ts']);
    expect(users(/\blocalStorage\b/)).toEqual(['src/leads/store.ts']);
  });

  it('talks to the network only from the known places', () => {
    // load-config: the owner's config URL; fetch-json: practices and ZIP data; leads/queue:
    // leads posted only to the owner's own endpoint when leads are configured.
    expect(users(/\bfetch\s*\(|XMLHttpRequest|sendBeacon|new\s+(?:WebSocket|EventSource|Image)\b/)).toEqual(NETWORK_FILES);
  });

  it('sends no cookies with its requests (credentials: omit)', () => {
    for (const rel of NETWORK_FILES) {
      const text = SOURCES.find((f) => f.rel === rel)?.text ?? '';
      expect(text, rel).toMatch(/credentials:\s*['"]omit['"]/);
    }
  });

  it('hard-codes no third-party address it could call', () => {
    const found = SOURCES.flatMap((f) => (f.text.match(/\bhttps?:\/\/[^\s'"`)]+/g) ?? []).map((u) => `${f.rel}: ${u}`));
    // Namespaces and the placeholder base for parsing relative URLs are not requests; the
    // content sources are citations and the share links plain <a href>s the visitor may
    // follow (no third-party script is loaded, nothing is fetched).
    const allowed = /: https?:\/\/(?:www\.w3\.org\/|host\.invalid\/|…)|^src\/content\/sources\.ts:|^src\/ui\/share\/share-links\.ts: https:\/\/(?:www\.facebook\.com|x\.com|www\.linkedin\.com|www\.pinterest\.com)\//;
    expect(found.filter((x) => !allowed.test(x))).toEqual([]);
  });

  it('adds no window global but TreatmentQuiz (and dataLayer only when the owner picks it)', () => {
    const assigned = SOURCES.flatMap((f) =>
      [...f.text.matchAll(/\b(?:window|globalThis|self)\s*(?:\.\s*([\w$]+)|\[\s*['"`]([\w$]+)['"`]\s*\])\s*(?:=[^=]|\?\?=|\|\|=)/g)].map((m) => `${f.rel}: ${m[1] ?? m[2]}`),
    );
    for (const a of assigned) expect(a).toMatch(/: (?:TreatmentQuiz|dataLayer)$/);
  });
});

describe('widget CSS', () => {
  const css = filesUnder('src/ui', /\.css$/).map((rel) => ({ rel, text: readFileSync(join(ROOT, rel), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '') }));

  it('is found', () => {
    expect(css.map((f) => f.rel)).toContain('src/ui/widget.css');
  });

  it('uses no rem units: they follow the host page\'s root font size (many sites set 62.5%)', () => {
    expect(css.flatMap((f) => (f.text.match(/[\d.]+rem\b/g) ?? []).map((m) => `${f.rel}: ${m}`))).toEqual([]);
  });

  it('resets inherited properties at the quiz root, so host rules on the element do not flow in', () => {
    const all = css.map((f) => f.text).join('\n');
    // The quiz root, and the launcher's button and dialog bar, which sit outside it.
    for (const root of ['.tq', '.launcher', '.launcher-bar']) expect(all, root).toMatch(new RegExp(`(^|\\n)\\${root}\\s*\\{[^}]*\\ball:\\s*initial`));
  });
});

const NETWORK_FILES = ['src/embed/load-config.ts', 'src/leads/queue.ts', 'src/ui/practices/fetch-json.ts'];
