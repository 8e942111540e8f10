// @vitest-environment happy-dom
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { medical } from '../../src/content/locales';
import { ui } from '../../src/content/locales';
import { settings } from '../../src/embed/parts';
import { theme } from '../../src/ui/parts';
import { mount, type MountHandle, type MountOptions } from '../../src/embed/mount';
import { STORAGE_KEY } from '../../src/leads/store';
import { shadow, flush, settle } from '../helpers/shadow';



const handles: MountHandle[] = [];
let errors: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  for (const h of handles.splice(0)) h.destroy();
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
  sessionStorage.clear();
  localStorage.clear();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function host(tag = 'div', id = ''): HTMLElement {
  const el = document.createElement(tag);
  if (id) el.id = id;
  document.body.append(el);
  return el;
}

function start(options: MountOptions = {}, el = host()) {
  const handle = mount(el, options);
  handles.push(handle);
  return { el, handle, shadow: () => shadow(el) };
}

/** A fetch stand-in that answers `body` with `status`, or never answers until aborted. */
function stubFetch(answer: { status?: number; body?: string } | 'hang') {
  const calls: string[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push(`${url} credentials:${init.credentials}`);
    if (answer === 'hang') {
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    return Promise.resolve(new Response(answer.body ?? '', { status: answer.status ?? 200 }));
  });
  return calls;
}


describe('mount', () => {
  it('renders the quiz in an open shadow root styled only by adopted constructable stylesheets', () => {
    const { el, shadow } = start();
    expect(el.shadowRoot?.mode).toBe('open');
    expect(shadow().getByRole('heading', { name: ui.en.introTitle })).toBeTruthy();
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    expect(sheets).toHaveLength(2);
    expect(sheets.every((s) => s instanceof CSSStyleSheet)).toBe(true);
    expect(el.shadowRoot!.querySelectorAll('style, [style], link').length).toBe(0);
    expect(el.getAttribute('style')).toBeNull();
  });

  it('applies theme settings through a generated stylesheet of custom properties', async () => {
    const { el } = start({ theme: { accent: '#123456', radius: 4 } });
    await settle();
    const css = [...el.shadowRoot!.adoptedStyleSheets[1]!.cssRules].map((r) => r.cssText).join('');
    expect(css).toContain('--tq-accent');
    expect(css.toLowerCase()).toContain('#123456');
    expect(css).toContain('4px');
  });

  it('fires bubbling, composed events on the host and hands them to onEvent', async () => {
    const onEvent = vi.fn();
    const seen: string[] = [];
    const listen = (e: Event) => seen.push(`${e.type}:${(e as CustomEvent).bubbles && e.composed}`);
    document.addEventListener('treatment-quiz:start', listen);
    document.addEventListener('treatment-quiz:step', listen);
    const { shadow } = start({ onEvent });
    await userEvent.click(shadow().getByRole('button', { name: ui.en.start }));
    document.removeEventListener('treatment-quiz:start', listen);
    document.removeEventListener('treatment-quiz:step', listen);
    expect(seen).toEqual(['treatment-quiz:start:true', 'treatment-quiz:step:true']);
    // onEvent is served by the analytics file, which loads on demand: wait for it, not for time.
    await vi.waitFor(() => expect(onEvent.mock.calls.map((c) => c[0].name)).toEqual(['start', 'step']), { timeout: 30_000 });
    expect(onEvent.mock.calls[1]![0].detail).toEqual({ step: 'areas' });
  });

  it('completes in the shadow root and reports the interest, never what a safety answer changed', async () => {
    const details: unknown[] = [];
    const { el, shadow } = start();
    el.addEventListener('treatment-quiz:complete', (e) => details.push((e as CustomEvent).detail));
    const user = userEvent.setup();
    await user.click(shadow().getByRole('button', { name: ui.en.start }));
    await user.click(shadow().getByRole('checkbox', { name: medical.en.areas.temples.label }));
    await user.click(shadow().getByRole('button', { name: ui.en.next }));
    await user.click(shadow().getByRole('radio', { name: medical.en.ages['22-or-older'] }));
    await user.click(shadow().getByRole('checkbox', { name: medical.en.flags['pregnant-or-breastfeeding'] }));
    await user.click(shadow().getByRole('button', { name: ui.en.seeResult }));
    // The interest: what the areas ask for, as if no health answer had been given.
    expect(details).toEqual([{ overall: 'filler', areas: [{ area: 'temples', treatment: 'filler' }] }]);
    // The result page is its own file: once it has loaded, its heading has the focus.
    const heading = await shadow().findByRole('heading', { name: ui.en.resultTitle });
    await vi.waitFor(() => expect(el.shadowRoot!.activeElement).toBe(heading));
  });

  describe('locale', () => {
    it('follows the option first', async () => {
      document.documentElement.lang = 'en';
      const { shadow } = start({ locale: 'es-MX', config: { locale: 'en' } });
      await settle();
      expect(shadow().getByRole('button', { name: ui.es.start })).toBeTruthy();
    });
    it('then config.locale', async () => {
      document.documentElement.lang = 'en-US';
      const { shadow } = start({ config: { locale: 'es' } });
      await settle();
      expect(shadow().getByRole('button', { name: ui.es.start })).toBeTruthy();
    });
    it('then the page language', () => {
      document.documentElement.lang = 'es-419';
      const { shadow } = start();
      expect(shadow().getByRole('button', { name: ui.es.start })).toBeTruthy();
    });
    it('else English', () => {
      document.documentElement.lang = 'fr';
      const { shadow } = start({ locale: 'de' });
      expect(shadow().getByRole('button', { name: ui.en.start })).toBeTruthy();
    });
  });

  describe('launcher mode', () => {
    it('labels the floating button with the owner\'s copy in the visitor\'s language', async () => {
      document.documentElement.lang = 'es';
      const { shadow } = start({ config: { mode: 'launcher', copy: { es: { launcher: { open: '¿Qué le conviene? Haga el test' } }, en: { launcher: { open: 'Not this one' } } } } });
      await settle();
      expect(await shadow().findByRole('button', { name: '¿Qué le conviene? Haga el test' })).toBeTruthy();
      expect(shadow().getByRole('button', { name: ui.es.start, hidden: true })).toBeTruthy();
    });
  });

  describe('config', () => {
    it('prints one console error listing each problem by path and runs on defaults', async () => {
      const { shadow } = start({ config: { locle: 'es', theme: { accent: 'red' }, copy: { en: { start: 'Go', nope: 'x' } } } });
      await settle();
      expect(errors).toHaveBeenCalledTimes(1);
      const text = String(errors.mock.calls[0]![0]);
      expect(text).toMatch(/^treatment-quiz:/);
      expect(text).toMatch(/\n {2}locle: /);
      expect(text).toMatch(/\n {2}theme\.accent: must be a hex colour/);
      expect(text).toMatch(/\n {2}copy\.en\.nope: /);
      // The good part still applies.
      expect(shadow().getByRole('button', { name: 'Go' })).toBeTruthy();
    });

    it('accepts inline JSON text and reports JSON that does not parse', async () => {
      const { shadow } = start({ config: '{"copy":{"en":{"start":"Begin"}}}' });
      await settle();
      expect(shadow().getByRole('button', { name: 'Begin' })).toBeTruthy();
      expect(errors).not.toHaveBeenCalled();
      const bad = start({ config: '{oops' }, host());
      await settle();
      expect(bad.shadow().getByRole('button', { name: ui.en.start })).toBeTruthy();
      expect(String(errors.mock.calls[0]![0])).toMatch(/inline config: is not valid JSON/);
    });

    it('fetches the config URL, with inline settings winning over it', async () => {
      const calls = stubFetch({ body: JSON.stringify({ locale: 'es', copy: { es: { start: 'Del archivo' }, en: { start: 'From file' } } }) });
      const { el, shadow } = start({ configUrl: '/quiz.json', config: { copy: { es: { start: 'En línea' } } } });
      expect(el.shadowRoot!.childNodes.length).toBe(0);
      // The quiz shows once the config has arrived and been checked.
      await vi.waitFor(() => shadow().getByRole('button', { name: 'En línea' }));
      // No cookies go with it.
      expect(calls).toEqual(['/quiz.json credentials:omit']);
      expect(errors).not.toHaveBeenCalled();
    });

    it('says honestly when the config cannot be loaded and runs on defaults', async () => {
      stubFetch({ status: 404, body: 'not found' });
      const { shadow } = start({ configUrl: '/missing.json' });
      await vi.waitFor(() => shadow().getByRole('button', { name: ui.en.start }));
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]![0])).toMatch(/config "\/missing\.json": could not be loaded \(HTTP 404\); the quiz uses its default settings/);
    });

    it('reports a config file that is not JSON', async () => {
      stubFetch({ body: '<html>' });
      start({ configUrl: '/page.html' });
      await flush();
      expect(String(errors.mock.calls[0]![0])).toMatch(/config "\/page\.html": is not valid JSON/);
    });

    it('gives up on a config that does not arrive in time and shows the quiz on defaults', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      stubFetch('hang');
      const { shadow } = start({ configUrl: '/slow.json' });
      await vi.advanceTimersByTimeAsync(5000);
      // Then the render, in a task of its own.
      await vi.waitFor(() => shadow().getByRole('button', { name: ui.en.start }));
      expect(String(errors.mock.calls[0]![0])).toMatch(/config "\/slow\.json": no answer after 5 s/);
    });
  });

  describe('destroy', () => {
    it('leaves nothing behind: no nodes, no stylesheets, no more events', async () => {
      const onEvent = vi.fn();
      const { el, handle, shadow } = start({ onEvent });
      const button = shadow().getByRole('button', { name: ui.en.start });
      handle.destroy();
      expect(el.shadowRoot!.childNodes.length).toBe(0);
      expect(el.shadowRoot!.adoptedStyleSheets).toHaveLength(0);
      button.click();
      expect(onEvent).not.toHaveBeenCalled();
      expect(() => handle.destroy()).not.toThrow();
    });

    it('cancels a pending config fetch silently', async () => {
      stubFetch('hang');
      const { el, handle } = start({ configUrl: '/slow.json' });
      handle.destroy();
      await flush();
      expect(el.shadowRoot!.childNodes.length).toBe(0);
      expect(errors).not.toHaveBeenCalled();
    });

    it('deletes the visitor\'s saved progress, safety answers included', async () => {
      const user = userEvent.setup();
      const { handle, shadow } = start();
      await user.click(shadow().getByRole('button', { name: ui.en.start }));
      await user.click(shadow().getByRole('checkbox', { name: medical.en.areas.chin.label }));
      expect(sessionStorage.length).toBe(1);
      handle.destroy();
      await flush();
      expect(sessionStorage.length).toBe(0);
    });

    it('stops retrying waiting leads and listening for `online`', async () => {
      const posts: string[] = [];
      vi.stubGlobal('fetch', (url: string) => {
        posts.push(url);
        return Promise.resolve(new Response('', { status: 503 }));
      });
      // A lead an earlier visit could not deliver.
      const lead = { id: 'l1', name: 'Ana', email: 'ana@example.com', consent: true, recommendation: { overall: 'filler', areas: [] }, locale: 'en', page: '' };
      localStorage.setItem(STORAGE_KEY, JSON.stringify([{ endpoint: 'https://spa.example/leads', lead, at: Date.now() }]));
      await Promise.all([settings(), theme(), import('../../src/leads/deliver')]);
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { handle } = start({ config: { leads: { endpoint: 'https://spa.example/leads', privacyUrl: 'https://spa.example/privacy' } } });
      while (!posts.length) await vi.advanceTimersByTimeAsync(10); // the on-load delivery
      handle.destroy();
      window.dispatchEvent(new Event('online'));
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      expect(posts).toEqual(['https://spa.example/leads']);
      expect(vi.getTimerCount()).toBe(0);
      expect(localStorage.getItem(STORAGE_KEY)).toContain('"l1"'); // kept for the next page load
    });

    it('leaves no timer running after a fetch completes or is cancelled', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      stubFetch({ body: '{}' });
      start({ configUrl: '/quiz.json' });
      // Past preact's 35 ms after-paint fallback (whether it runs depends on earlier renders),
      // far short of the 5 s config timeout, which must be gone.
      await vi.advanceTimersByTimeAsync(100);
      expect(vi.getTimerCount()).toBe(0);
      stubFetch('hang');
      const { handle } = start({ configUrl: '/slow.json' });
      // The fetch starts once the settings part is here (a microtask in tests: it is preloaded).
      await vi.advanceTimersByTimeAsync(0);
      expect(vi.getTimerCount()).toBe(1);
      handle.destroy();
      await vi.advanceTimersByTimeAsync(0);
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  it('replaces the quiz when the same element is mounted again', () => {
    const el = host();
    start({}, el);
    start({ locale: 'es' }, el);
    expect(el.shadowRoot!.querySelectorAll('.tq')).toHaveLength(1);
    expect(shadow(el).getByRole('button', { name: ui.es.start })).toBeTruthy();
  });

  it('restores progress after a reload (remount) and keeps separate widgets separate', async () => {
    const user = userEvent.setup();
    const a = start({}, host('div', 'quiz-a'));
    start({}, host('div', 'quiz-b'));
    await user.click(a.shadow().getByRole('button', { name: ui.en.start }));
    await user.click(a.shadow().getByRole('checkbox', { name: medical.en.areas.chin.label }));
    a.handle.destroy();
    const again = start({}, a.el);
    const chin = again.shadow().getByRole('checkbox', { name: medical.en.areas.chin.label }) as HTMLInputElement;
    expect(chin.checked).toBe(true);
    // Restoring does not steal focus from the page.
    expect(again.el.shadowRoot!.activeElement).toBeNull();
    const b = document.getElementById('quiz-b')!;
    expect(shadow(b).getByRole('button', { name: ui.en.start })).toBeTruthy();
  });

  it('keeps the progress when the same element is mounted again in the same task', async () => {
    const user = userEvent.setup();
    const a = start({}, host('div', 'quiz-a'));
    await user.click(a.shadow().getByRole('button', { name: ui.en.start }));
    await user.click(a.shadow().getByRole('checkbox', { name: medical.en.areas.chin.label }));
    a.handle.destroy();
    start({ locale: 'es' }, a.el); // say, a re-render in another language, then back
    start({}, a.el);
    await flush();
    expect(sessionStorage.length).toBe(1);
    expect((a.shadow().getByRole('checkbox', { name: medical.en.areas.chin.label }) as HTMLInputElement).checked).toBe(true);
  });

  it('keeps nothing in storage for a visitor who never started', () => {
    start();
    expect(sessionStorage.length).toBe(0);
  });

  it('shows the owner\'s settings on a page whose Promise.all is broken', async () => {
    const all = vi.spyOn(Promise, 'all').mockImplementation(() => {
      throw new Error('host broke Promise.all');
    });
    try {
      const { shadow } = start({ config: { copy: { en: { start: 'Take the quiz' } } } });
      await settings();
      await flush();
      expect(shadow().getByRole('button', { name: 'Take the quiz' })).toBeTruthy();
      expect(errors).not.toHaveBeenCalled();
    } finally {
      all.mockRestore();
    }
  });

  it('shows the quiz on a page that replaced the global Promise', async () => {
    // Old polyfills (es6-promise, core-js) may swap window.Promise for their own class.
    vi.stubGlobal('Promise', class NotNative {});
    const { shadow } = start({ config: '{ "locale": "es" }' });
    vi.unstubAllGlobals();
    await settings();
    await flush();
    expect(shadow().getByRole('heading', { name: ui.es.introTitle })).toBeTruthy();
    expect(errors).not.toHaveBeenCalled();
  });

  it('never throws into the host page, even on an element that cannot take our shadow root', () => {
    const input = host();
    input.attachShadow({ mode: 'closed' });
    let handle: MountHandle | undefined;
    expect(() => (handle = mount(input))).not.toThrow();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(() => handle!.destroy()).not.toThrow();
  });
});
