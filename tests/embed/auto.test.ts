// @vitest-environment happy-dom
import { afterAll, describe, expect, it, vi } from 'vitest';
import { version } from '../../package.json';

afterAll(() => {
  document.body.replaceChildren();
});

describe('the script-tag entry', () => {
  it('defines window.TreatmentQuiz and <treatment-quiz>, and survives being loaded twice', async () => {
    document.body.innerHTML = '<div data-treatment-quiz></div><treatment-quiz></treatment-quiz>';
    const define = vi.spyOn(customElements, 'define');
    const errors = vi.spyOn(console, 'error');
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');

    await import('../../src/embed/auto');
    const api = window.TreatmentQuiz!;
    expect(Object.keys(api).sort()).toEqual(['mount', 'recommend', 'version']);
    expect(api.version).toBe(version);
    expect((await api.recommend({ areas: ['lips'] })).overall).toBe('filler');
    expect(define).toHaveBeenCalledTimes(1);

    // A second copy of the script: a fresh module instance finds the global and does nothing.
    vi.resetModules();
    await import('../../src/embed/auto');
    expect(window.TreatmentQuiz).toBe(api);
    expect(define).toHaveBeenCalledTimes(1);
    expect(observe).toHaveBeenCalledTimes(1);
    expect(errors).not.toHaveBeenCalled();
    for (const el of document.body.children) expect(el.shadowRoot!.querySelectorAll('.tq')).toHaveLength(1);
  });
});
