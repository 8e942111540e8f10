// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ui } from '../../src/content/locales';
import { mount } from '../../src/embed/mount';

vi.mock('../../src/ui/Intro', () => ({
  Intro: () => {
    throw new Error('intro broke');
  },
}));

afterEach(() => document.body.replaceChildren());

describe('an error inside the widget', () => {
  it('is contained: a short message, one console error and a treatment-quiz:error event', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = document.createElement('div');
    document.body.append(el);
    const seen: unknown[] = [];
    document.addEventListener('treatment-quiz:error', (e) => seen.push((e as CustomEvent).detail), { once: true });
    let handle: ReturnType<typeof mount> | undefined;
    expect(() => (handle = mount(el))).not.toThrow();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.shadowRoot!.textContent).toContain(ui.en.errorTitle);
    expect(el.shadowRoot!.textContent).toContain(ui.en.errorBody);
    expect(seen).toEqual([{ message: 'intro broke' }]);
    expect(errors.mock.calls.filter((c) => String(c[0]).startsWith('treatment-quiz:'))).toHaveLength(1);
    handle!.destroy();
    expect(el.shadowRoot!.childNodes.length).toBe(0);
  });
});
