// @vitest-environment happy-dom
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { medical } from '../../src/content/locales';
import { ui } from '../../src/content/locales';
import { defineElement } from '../../src/embed/element';
import { shadow, settle } from '../helpers/shadow';



beforeAll(() => defineElement());
afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
});


function add(html: string): HTMLElement {
  const wrap = document.createElement('div');
  wrap.innerHTML = html;
  document.body.append(wrap);
  return wrap.firstElementChild as HTMLElement;
}

describe('<treatment-quiz>', () => {
  it('is defined once; defining again is a no-op', () => {
    expect(customElements.get('treatment-quiz')).toBeDefined();
    expect(() => defineElement()).not.toThrow();
  });

  it('mounts itself with the locale attribute', () => {
    const el = add('<treatment-quiz locale="es"></treatment-quiz>');
    expect(shadow(el).getByRole('heading', { name: ui.es.introTitle })).toBeTruthy();
  });

  it('reads inline JSON config from a child script', async () => {
    const el = add('<treatment-quiz><script type="application/json">{"copy":{"en":{"start":"Take the quiz"}}}</script></treatment-quiz>');
    await settle();
    expect(shadow(el).getByRole('button', { name: 'Take the quiz' })).toBeTruthy();
  });

  it('takes theme bits as attributes', async () => {
    const el = add('<treatment-quiz accent="#0b5d4b" radius="6"></treatment-quiz>');
    await settle();
    const css = [...el.shadowRoot!.adoptedStyleSheets[1]!.cssRules].map((r) => r.cssText).join('').toLowerCase();
    expect(css).toContain('#0b5d4b');
    expect(css).toContain('6px');
  });

  it('re-renders when an attribute changes', () => {
    const el = add('<treatment-quiz locale="en"></treatment-quiz>');
    el.setAttribute('locale', 'es');
    expect(shadow(el).getByRole('heading', { name: ui.es.introTitle })).toBeTruthy();
    expect(el.shadowRoot!.querySelectorAll('.tq')).toHaveLength(1);
  });

  it('keeps progress through attribute changes and same-task re-adds, and deletes it once removed for good', async () => {
    const el = add('<treatment-quiz id="q"></treatment-quiz>');
    const user = userEvent.setup();
    const jawline = () => shadow(el).getByRole('checkbox', { name: medical.en.areas.jawline.label }) as HTMLInputElement;
    await user.click(shadow(el).getByRole('button', { name: ui.en.start }));
    await user.click(jawline());
    el.setAttribute('accent', '#0b5d4b'); // a re-render, shown once the theme file has loaded
    await settle();
    expect(jawline().checked).toBe(true);
    el.remove();
    document.body.append(el); // an SPA moving the node
    await settle();
    expect(jawline().checked).toBe(true);
    expect(sessionStorage.length).toBe(1);
    el.remove();
    await settle();
    expect(sessionStorage.length).toBe(0);
  });

  it('unmounts cleanly when removed and picks up where it was when added back', async () => {
    const onStep = vi.fn();
    const el = add('<treatment-quiz id="q"></treatment-quiz>');
    el.addEventListener('treatment-quiz:step', onStep);
    const user = userEvent.setup();
    await user.click(shadow(el).getByRole('button', { name: ui.en.start }));
    await user.click(shadow(el).getByRole('checkbox', { name: medical.en.areas.jawline.label }));
    el.remove();
    expect(el.shadowRoot!.childNodes.length).toBe(0);
    expect(el.shadowRoot!.adoptedStyleSheets).toHaveLength(0);
    document.body.append(el);
    expect((shadow(el).getByRole('checkbox', { name: medical.en.areas.jawline.label }) as HTMLInputElement).checked).toBe(true);
    expect(onStep).toHaveBeenCalledTimes(1);
  });
});

describe('defineElement on a page that gets in its way', () => {
  const registry = (taken: CustomElementConstructor | undefined, define: () => void) => ({ get: () => taken, define }) as unknown as CustomElementRegistry;

  it('never throws when the page\'s customElements.define throws, and says what to use instead', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() =>
      defineElement(
        registry(undefined, () => {
          throw new DOMException('sealed', 'NotSupportedError');
        }),
      ),
    ).not.toThrow();
    expect(warn.mock.calls.map((c) => c[0])).toEqual(['treatment-quiz: <treatment-quiz> does not work here (sealed); use <div data-treatment-quiz>']);
    warn.mockRestore();
  });

  it('leaves a tag another script defined alone and says so; its own element from another copy is no news', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const define = vi.fn();
    defineElement(registry(class extends HTMLElement {}, define));
    defineElement(registry(customElements.get('treatment-quiz'), define));
    expect(define).not.toHaveBeenCalled();
    expect(warn.mock.calls.map((c) => c[0])).toEqual(['treatment-quiz: <treatment-quiz> does not work here (another script defined it); use <div data-treatment-quiz>']);
    warn.mockRestore();
  });
});
