// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ui } from '../../src/content/locales';
import { mount, type MountHandle } from '../../src/embed/mount';
import { analyticsDetail } from '../../src/embed/analytics-send';
import { pollute, polluted } from '../helpers/polluted';
import { shadow, flush, settle } from '../helpers/shadow';

// mount() on a page whose scripts added keys to Object.prototype: options and settings are read
// from the owner's own keys only, so the page can neither switch on analytics or a config URL
// nor change the owner's settings.

let clean = () => {};
const handles: MountHandle[] = [];
afterEach(() => {
  clean();
  for (const h of handles.splice(0)) h.destroy();
  document.body.replaceChildren();
  sessionStorage.clear();
  delete (window as { dataLayer?: unknown }).dataLayer;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function start(options = {}) {
  const el = document.createElement('div');
  document.body.append(el);
  handles.push(mount(el, options));
  return { el, shadow: () => shadow(el) };
}


describe('mount on a page that polluted Object.prototype', () => {
  it('sends no events to a dataLayer or an onEvent the page put there', async () => {
    const onEvent = vi.fn();
    clean = pollute({ analytics: 'datalayer', onEvent });
    const { shadow } = start();
    shadow().getByRole('button', { name: ui.en.start }).click();
    await import('../../src/embed/analytics-send');
    await flush();
    expect(shadow().getByRole('heading', { name: ui.en.areasTitle })).toBeTruthy();
    expect(onEvent).not.toHaveBeenCalled();
    expect((window as { dataLayer?: unknown }).dataLayer).toBeUndefined();
  });

  it('fetches no config URL the page put there', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{"locale":"es"}')));
    vi.stubGlobal('fetch', fetch);
    clean = pollute({ configUrl: 'https://evil.example/config.json', practicesUrl: 'https://evil.example/practices.json' });
    const { shadow } = start();
    await flush();
    expect(fetch).not.toHaveBeenCalled();
    expect(shadow().getByRole('heading', { name: ui.en.introTitle })).toBeTruthy();
  });

  it('keeps the owner\'s settings and takes no theme from the page', async () => {
    const errors = vi.spyOn(console, 'error');
    clean = pollute({ theme: { accent: '#ff0000' }, myHelper() {} });
    const { el, shadow } = start({ config: '{ "locale": "es" }' });
    await settle();
    expect(shadow().getByRole('heading', { name: ui.es.introTitle })).toBeTruthy();
    const css = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('');
    expect(css).toContain('#1d6f5f');
    expect(css).not.toContain('#ff0000');
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('analytics on a page that polluted Object.prototype', () => {
  it('sends only the fields the event itself has', () => {
    const detail = polluted({ practiceId: 'from-the-page', network: 'facebook', overall: 'filler' }, () => ({ ...analyticsDetail({ step: 'areas' }) }));
    expect(detail).toEqual({ step: 'areas' });
  });
});
