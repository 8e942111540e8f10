// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { medical } from '../../src/content/locales';
import { ui } from '../../src/content/locales';
import { AREA_IDS } from '../../src/engine/types';
import { REGIONS } from '../../src/ui/face-map/regions';
import { renderQuiz } from '../helpers/render-quiz';

afterEach(cleanup);

const t = ui.en;
const m = medical.en;
const onAreas = () => renderQuiz({ progress: { step: 'areas' } });
const box = (label: string) => screen.getByRole('checkbox', { name: label }) as HTMLInputElement;
/** A region of the face map, once its drawing (a lazily loaded file) is there. */
const region$ = (root: Element, area: string) => waitFor(() => root.querySelector(`[data-area="${area}"]`) ?? Promise.reject(new Error(`no ${area} region yet`)));
const pills = (root: Element) => [...root.querySelectorAll('.pill:not(.tucked)')].map((p) => p.textContent);

describe('areas step', () => {
  it('lists every area as a native checkbox named by its label, described by its hint, in a labelled fieldset', () => {
    onAreas();
    const group = screen.getByRole('group', { name: t.areasLegend });
    expect(group.tagName).toBe('FIELDSET');
    for (const area of AREA_IDS) {
      const input = within(group).getByRole('checkbox', { name: m.areas[area].label });
      expect(input.getAttribute('type')).toBe('checkbox');
      const hint = input.getAttribute('aria-describedby');
      expect(hint && group.querySelector(`[id="${hint}"]`)?.textContent).toBe(m.areas[area].hint);
    }
  });

  it('shows progress as text, with the bar hidden from assistive tech', () => {
    const { container } = onAreas();
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
    expect(container.querySelector('.bar')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('toggles a checkbox with the space key', async () => {
    const q = onAreas();
    box(m.areas.forehead.label).focus();
    await q.user.keyboard(' ');
    expect(box(m.areas.forehead.label).checked).toBe(true);
    expect(q.quiz.areas.value).toEqual(['forehead']);
    await q.user.keyboard(' ');
    expect(box(m.areas.forehead.label).checked).toBe(false);
  });

  it('reaches the checkboxes with Tab', async () => {
    const q = onAreas();
    await q.user.tab();
    expect(document.activeElement).toBe(box(m.areas.forehead.label));
    await q.user.tab();
    expect(document.activeElement).toBe(box(m.areas['frown-lines'].label));
  });

  it('toggles an area from the face map and highlights the region, mirroring the checkbox', async () => {
    const q = onAreas();
    const region = await region$(q.container, 'cheeks');
    await q.user.click(region.querySelector('.hit')!);
    expect(box(m.areas.cheeks.label).checked).toBe(true);
    expect(region.classList.contains('on')).toBe(true);
    await q.user.click(region.querySelector('.hit')!);
    expect(box(m.areas.cheeks.label).checked).toBe(false);
    expect(region.classList.contains('on')).toBe(false);
  });

  it('draws a region for every area, both sides of the face for the paired ones', async () => {
    const q = onAreas();
    await region$(q.container, 'forehead');
    for (const area of AREA_IDS) expect(q.container.querySelectorAll(`[data-area="${area}"] .hit`).length, area).toBe(REGIONS[area].pair ? 2 : 1);
  });

  it('keeps lips and lip lines apart: each target selects only its own area', async () => {
    const q = onAreas();
    await q.user.click((await region$(q.container, 'lip-lines')).querySelector('.hit')!);
    expect(q.quiz.areas.value).toEqual(['lip-lines']);
    await q.user.click((await region$(q.container, 'lips')).querySelector('.hit')!);
    expect(q.quiz.areas.value).toEqual(['lips', 'lip-lines']);
  });

  it('names the chosen regions and the focused one in pills on the map', async () => {
    const q = onAreas();
    await region$(q.container, 'forehead');
    await q.user.click(box(m.areas.masseter.label));
    box(m.areas.chin.label).focus();
    await waitFor(() => expect(pills(q.container)).toEqual([m.areas.masseter.label, m.areas.chin.label]));
    expect(q.container.querySelector('[data-area="chin"]')?.classList.contains('hot')).toBe(true);
    box(m.areas.chin.label).blur();
    await waitFor(() => expect(pills(q.container)).toEqual([m.areas.masseter.label]));
  });

  it('hides the face map, pills included, from assistive tech (the checkboxes are the accessible control)', async () => {
    const q = onAreas();
    await region$(q.container, 'forehead');
    const map = q.container.querySelector('.face')!;
    expect(map.getAttribute('aria-hidden')).toBe('true');
    expect(map.querySelectorAll('button, input, [tabindex]')).toHaveLength(0);
  });

  it('lets the list be used before the drawing has arrived, in a box of the same size', () => {
    const q = onAreas();
    // Nothing awaited: the drawing's file may still be on its way.
    expect(q.container.querySelector('.face')).toBeTruthy();
    expect(box(m.areas.lips.label).disabled).toBe(false);
  });

  it('requires at least one area, with an announced error tied to the fieldset', async () => {
    const q = onAreas();
    await q.user.click(screen.getByRole('button', { name: t.next }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(t.areasError);
    const group = screen.getByRole('group', { name: t.areasLegend });
    expect(group.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(q.quiz.step.value).toBe('areas');
    await q.user.click(box(m.areas.lips.label));
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('goes on to the "when" question for areas that need it and focuses its heading', async () => {
    const q = onAreas();
    await q.user.click(box(m.areas.forehead.label));
    await q.user.click(screen.getByRole('button', { name: t.next }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: t.appearanceTitle }));
    expect(q.events.at(-1)).toEqual({ name: 'step', detail: { step: 'appearance' } });
  });

  it('skips the "when" question when no chosen area needs it', async () => {
    const q = onAreas();
    await q.user.click(box(m.areas.lips.label));
    await q.user.click(box(m.areas.jawline.label));
    expect(screen.getByText('Step 1 of 2')).toBeTruthy();
    await q.user.click(screen.getByRole('button', { name: t.next }));
    expect(screen.getByRole('heading', { name: t.safetyTitle })).toBeTruthy();
    expect(screen.getByText('Step 2 of 2')).toBeTruthy();
  });

  it('goes back to the intro', async () => {
    const q = onAreas();
    await q.user.click(screen.getByRole('button', { name: t.back }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: t.introTitle }));
    expect(q.events).toEqual([{ name: 'step', detail: { step: 'intro' } }]);
  });
});
