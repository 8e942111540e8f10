// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isDebugPage } from '../../../src/embed/debug/page';
import { settings } from '../../../src/embed/parts';
import { theme } from '../../../src/ui/parts';
import { mount, type MountHandle } from '../../../src/embed/mount';

// Config problems on the page itself, for the owner: on a local server or with ?tq-debug only.

describe('isDebugPage', () => {
  const at = (url: string) => isDebugPage(new URL(url));

  it.each(['http://localhost:5173/', 'http://localhost/quiz', 'http://127.0.0.1:8080/', 'http://[::1]:3000/', 'https://www.spa.example/?tq-debug', 'https://www.spa.example/quiz?utm_source=x&tq-debug=1'])(
    'is true at %s',
    (url) => expect(at(url)).toBe(true),
  );

  it.each([
    'https://www.spa.example/',
    'https://localhost.spa.example/',
    'https://mylocalhost/',
    'https://127.0.0.1.nip.io/',
    'http://127.0.0.2/',
    'https://www.spa.example/?tq-debugger',
    'https://www.spa.example/?q=tq-debug',
    'https://www.spa.example/#tq-debug',
  ])('is false at %s', (url) => expect(at(url)).toBe(false));
});

describe('the config problems panel', () => {
  const handles: MountHandle[] = [];
  let errors: ReturnType<typeof vi.spyOn>;
  const BAD = { locle: 'es', theme: { accent: 'red' }, practicesUrl: 'javascript:alert(1)//<img src=x onerror=alert(2)>' };

  beforeEach(() => {
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    for (const h of handles.splice(0)) h.destroy();
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  /** Mounts with `config` on a page at `url`, once the validator, theme and panel files are in. */
  async function mountAt(url: string, config: unknown) {
    vi.stubGlobal('location', new URL(url));
    const el = document.createElement('div');
    document.body.append(el);
    handles.push(mount(el, { config }));
    await Promise.all([settings(), theme(), import('../../../src/embed/debug/panel')]);
    await new Promise((r) => setTimeout(r, 0));
    return { el, root: el.shadowRoot!, panel: () => el.shadowRoot!.querySelector('section.tq-debug') };
  }

  const consoleLines = () => String(errors.mock.calls[0]![0]).split('\n  ').slice(1);

  it('shows the console\'s problem lines, as text, in a labelled region above the quiz on a local page', async () => {
    const { root, panel } = await mountAt('http://127.0.0.1:5173/demo/', BAD);
    await vi.waitFor(() => expect(panel()).not.toBeNull());
    const section = panel()!;
    expect(root.firstElementChild).toBe(section);
    expect(section.nextElementSibling?.classList.contains('tq')).toBe(true);
    const title = root.getElementById(section.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('Quiz settings: problems to fix');
    expect(section.getAttribute('lang')).toBe('en');

    expect(errors).toHaveBeenCalledTimes(1);
    const lines = [...section.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual(consoleLines());
    expect(lines).toHaveLength(3);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^locle: /), expect.stringMatching(/^theme\.accent: /), expect.stringMatching(/^practicesUrl: .*<img src=x onerror=alert\(2\)>/)]));
    expect(section.querySelector('img')).toBeNull();

    // Styled by an adopted sheet of its own, never a <style> or a style attribute.
    expect(root.querySelectorAll('style, [style], link')).toHaveLength(0);
    expect(root.adoptedStyleSheets).toHaveLength(3);
    expect(root.adoptedStyleSheets[2]).toBeInstanceOf(CSSStyleSheet);
  });

  it('shows with ?tq-debug on a live site', async () => {
    const { panel } = await mountAt('https://www.spa.example/botox-or-filler?tq-debug', BAD);
    await vi.waitFor(() => expect(panel()).not.toBeNull());
  });

  it('never shows on a live site without ?tq-debug: the problems stay in the console', async () => {
    const { root, panel } = await mountAt('https://www.spa.example/botox-or-filler', BAD);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.tq')).not.toBeNull();
    expect(panel()).toBeNull();
    expect(root.adoptedStyleSheets).toHaveLength(2);
  });

  it('does not show for a clean config', async () => {
    const { root, panel } = await mountAt('http://localhost:5173/', { theme: { accent: '#1d6f5f' } });
    expect(root.querySelector('.tq')).not.toBeNull();
    expect(errors).not.toHaveBeenCalled();
    expect(panel()).toBeNull();
  });

  it('goes, with its stylesheet, when the quiz is removed', async () => {
    const { el, panel } = await mountAt('http://localhost:5173/', BAD);
    await vi.waitFor(() => expect(panel()).not.toBeNull());
    handles.pop()!.destroy();
    expect(el.shadowRoot!.childNodes).toHaveLength(0);
    expect(el.shadowRoot!.adoptedStyleSheets).toHaveLength(0);
  });
});
