// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ui } from '../../src/content/locales';
import { startAutoMount } from '../../src/embed/auto-mount';
import { shadow, flush, settle } from '../helpers/shadow';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  document.body.replaceChildren();
});


function div(attrs: string): HTMLElement {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<div data-treatment-quiz ${attrs}></div>`;
  return wrap.firstElementChild as HTMLElement;
}

describe('data-treatment-quiz auto-mount', () => {
  it('mounts the elements already on the page, with data-* options', async () => {
    const el = div('data-locale="es" data-accent="#0b5d4b"');
    document.body.append(el);
    stop = startAutoMount(document);
    await settle();
    expect(shadow(el).getByRole('button', { name: ui.es.start })).toBeTruthy();
  });

  it('mounts elements added later, even nested ones, and reads their inline JSON', async () => {
    stop = startAutoMount(document);
    const section = document.createElement('section');
    section.innerHTML = '<div data-treatment-quiz><script type="application/json">{"copy":{"en":{"start":"Begin"}}}</script></div>';
    document.body.append(section);
    await settle();
    expect(shadow(section.firstElementChild!).getByRole('button', { name: 'Begin' })).toBeTruthy();
  });

  it('unmounts a removed element and mounts it again when it comes back', async () => {
    const el = div('');
    document.body.append(el);
    stop = startAutoMount(document);
    el.remove();
    await flush();
    expect(el.shadowRoot!.childNodes.length).toBe(0);
    document.body.append(el);
    await flush();
    expect(el.shadowRoot!.querySelectorAll('.tq')).toHaveLength(1);
  });

  it('unmounts an element removed together with its ancestor', async () => {
    const section = document.createElement('section');
    const el = div('');
    section.append(el);
    document.body.append(section);
    stop = startAutoMount(document);
    section.remove();
    await flush();
    expect(el.shadowRoot!.childNodes.length).toBe(0);
  });

  it('keeps a moved element mounted once', async () => {
    const el = div('');
    document.body.append(el);
    stop = startAutoMount(document);
    const other = document.createElement('main');
    document.body.append(other);
    other.append(el);
    await flush();
    expect(el.shadowRoot!.querySelectorAll('.tq')).toHaveLength(1);
  });

  it('stops cleanly: the observer is disconnected and every quiz destroyed', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const el = div('');
    document.body.append(el);
    stop = startAutoMount(document);
    stop();
    stop = undefined;
    expect(disconnect).toHaveBeenCalledTimes(1);
    expect(el.shadowRoot!.childNodes.length).toBe(0);
    const late = div('');
    document.body.append(late);
    await flush();
    expect(late.shadowRoot).toBeNull();
  });
});
