// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { version } from '../../package.json';
import { ui } from '../../src/content/locales';
import { shadow } from '../helpers/shadow';

// The script-tag entry on pages that get in its way: a customElements.define that throws, a tag
// another script has taken, another version of the widget already running. Each test loads a
// fresh copy of the entry, whose auto-mount stays on for the rest of the file: so the test that
// expects nothing mounted comes first, and only the next one proves a div mounts.

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
  document.body.replaceChildren();
  delete window.TreatmentQuiz;
});

async function load(html: string) {
  document.body.innerHTML = html;
  await import('../../src/embed/auto');
  return document.body.firstElementChild as HTMLElement;
}

/** The quiz's heading, once it shows (the words of its language load first). */
const heading = (el: Element, name: string) => shadow(el).findByRole('heading', { name });

describe('the script-tag entry on a page that gets in its way', () => {
  it('leaves the page to the version that loaded first, and warns once naming both versions', async () => {
    const first = Object.freeze({ mount: () => ({ destroy() {} }), recommend: () => ({}), version: '0.0.9' }) as unknown as NonNullable<typeof window.TreatmentQuiz>;
    window.TreatmentQuiz = first;
    const define = vi.spyOn(customElements, 'define');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const div = await load('<div data-treatment-quiz></div>');
    expect(window.TreatmentQuiz).toBe(first);
    expect(div.shadowRoot).toBeNull();
    expect(define).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toBe(`treatment-quiz ${version}: version 0.0.9 already runs here, so this copy does nothing`);
  });

  it('mounts data-treatment-quiz elements when the page\'s customElements.define throws, and says why the tag cannot work', async () => {
    vi.spyOn(customElements, 'get').mockReturnValue(undefined);
    vi.spyOn(customElements, 'define').mockImplementation(() => {
      throw new Error('the registry is sealed');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = vi.spyOn(console, 'error');
    const div = await load('<div data-treatment-quiz data-locale="es"></div>');
    expect(await heading(div, ui.es.introTitle)).toBeTruthy();
    expect(window.TreatmentQuiz?.version).toBe(version);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/<treatment-quiz> does not work here \(the registry is sealed\); use <div data-treatment-quiz>/);
    expect(errors).not.toHaveBeenCalled();
  });

  it('leaves a tag another script has taken alone, and says so', async () => {
    vi.spyOn(customElements, 'get').mockReturnValue(class extends HTMLElement {});
    const define = vi.spyOn(customElements, 'define');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await load('<div data-treatment-quiz></div>');
    expect(define).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/another script defined it/);
  });

});
