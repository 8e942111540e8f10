// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { medical } from '../../src/content/locales';
import { ui } from '../../src/content/ui';
import { AREA_IDS } from '../../src/engine/types';
import { renderQuiz } from './render-quiz';

afterEach(cleanup);

const t = ui.en;
const m = medical.en;
const onAreas = () => renderQuiz({ progress: { step: 'areas' } });
const box = (label: string) => screen.getByRole('checkbox', { name: label }) as HTMLInputElement;

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
    const region = q.container.querySelector('[data-area="cheeks"]')!;
    await q.user.click(region);
    expect(box(m.areas.cheeks.label).checked).toBe(true);
    for (const r of q.container.querySelectorAll('[data-area="cheeks"]')) expect(r.getAttribute('class')).toContain('on');
    await q.user.click(region);
    expect(box(m.areas.cheeks.label).checked).toBe(false);
  });

  it('hides the face map from assistive tech (the checkboxes are the accessible control)', () => {
    const { container } = onAreas();
    expect(container.querySelector('svg.face')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('outlines the region of the focused checkbox on the map', async () => {
    const q = onAreas();
    box(m.areas.chin.label).focus();
    await Promise.resolve();
    expect(q.container.querySelector('[data-area="chin"]')?.getAttribute('class')).toContain('focus');
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
