// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { medical } from '../../src/content/locales';
import { ui } from '../../src/content/locales';
import { defaultRules } from '../../src/engine/default-rules';
import type { AreaId } from '../../src/engine/types';
import { renderQuiz } from '../helpers/render-quiz';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const t = ui.en;
const m = medical.en;
// Forehead, lip lines and chin ask the question under the default rules; cheeks never do.
const onAppearance = () => renderQuiz({ progress: { step: 'appearance', areas: ['forehead', 'cheeks', 'lip-lines', 'chin'] } });
const group = (area: AreaId) => screen.getByRole('radiogroup', { name: new RegExp(`^${m.areas[area].label.replace(/[()]/g, '\\$&')}`) });
const radio = (area: AreaId, label: string) => within(group(area)).getByRole('radio', { name: label }) as HTMLInputElement;
const words = (area: AreaId, ap: keyof typeof m.appearances) => m.appearancesFor[area]?.[ap] ?? m.appearances[ap];
/** A phone-sized screen, as matchMedia reports it. */
const phone = () => vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('max-width'), media: q, addEventListener() {}, removeEventListener() {} }));

describe('"when do you see it" step', () => {
  it('asks each area only the options its rules declare, one radio group each named by the area', () => {
    onAppearance();
    const groups = screen.getAllByRole('radiogroup');
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual([m.areas.forehead.label, m.areas['lip-lines'].label, m.areas.chin.label]);
    for (const [g, area] of groups.map((g, i) => [g, (['forehead', 'lip-lines', 'chin'] as const)[i]!] as const)) {
      expect(g.tagName).toBe('FIELDSET');
      expect(within(g).getAllByRole('radio').map((r) => r.id)).toEqual(defaultRules.questions[area].map((ap) => `tq-${area}-${ap}`));
    }
  });

  it('words the options for the area: a dimpled chin is not a raised brow', () => {
    onAppearance();
    expect(radio('chin', m.appearancesFor.chin!['with-expression']!.label)).toBeTruthy();
    expect(radio('forehead', m.appearances['with-expression'].label)).toBeTruthy();
    expect(within(group('chin')).queryByRole('radio', { name: m.appearances['at-rest'].label })).toBeNull();
  });

  it('shows the mirror check and each option with its help text as description', () => {
    onAppearance();
    expect(screen.getByText(m.mirrorCheck)).toBeTruthy();
    for (const ap of defaultRules.questions['lip-lines']) {
      const input = radio('lip-lines', words('lip-lines', ap).label);
      const help = input.getAttribute('aria-describedby');
      expect(help && input.closest('fieldset')!.querySelector(`[id="${help}"]`)?.textContent).toBe(words('lip-lines', ap).help);
    }
  });

  it('selects with the arrow keys inside a group, as native radios do', async () => {
    const q = onAppearance();
    await q.user.click(radio('forehead', m.appearances['with-expression'].label));
    await q.user.keyboard('{ArrowDown}');
    expect(radio('forehead', m.appearances['at-rest'].label).checked).toBe(true);
    expect(q.quiz.appearance.value.forehead).toBe('at-rest');
  });

  it('needs an answer for every group, announcing the error and pointing the unanswered group at it', async () => {
    const q = onAppearance();
    await q.user.click(radio('forehead', m.appearances['not-sure'].label));
    await q.user.click(screen.getByRole('button', { name: t.next }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(t.appearanceError);
    const describedBy = (area: AreaId) => group(area).getAttribute('aria-describedby')!.split(' ');
    expect(describedBy('lip-lines')).toContain(alert.id);
    expect(describedBy('forehead')).not.toContain(alert.id);
    expect(q.quiz.step.value).toBe('appearance');
  });

  it('moves on to safety once every group is answered and back to the areas with answers kept', async () => {
    const q = onAppearance();
    await q.user.click(radio('forehead', m.appearances['with-expression'].label));
    await q.user.click(radio('lip-lines', words('lip-lines', 'at-rest').label));
    await q.user.click(radio('chin', words('chin', 'lost-volume').label));
    await q.user.click(screen.getByRole('button', { name: t.next }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: t.safetyTitle }));
    await q.user.click(screen.getByRole('button', { name: t.back }));
    expect(radio('forehead', m.appearances['with-expression'].label).checked).toBe(true);
    await q.user.click(screen.getByRole('button', { name: t.back }));
    expect((screen.getByRole('checkbox', { name: m.areas.cheeks.label }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
  });

  it('on a phone, asks one area at a time, with Next and Back moving between the areas', async () => {
    phone();
    const q = onAppearance();
    expect(screen.getAllByRole('radiogroup')).toHaveLength(1);
    expect(group('forehead').textContent).toContain('(1 of 3)');
    await q.user.click(screen.getByRole('button', { name: t.next }));
    expect(screen.getByRole('alert').textContent).toBe(t.appearanceError);
    await q.user.click(radio('forehead', m.appearances['at-rest'].label));
    await q.user.click(screen.getByRole('button', { name: t.next }));
    expect(document.activeElement).toBe(group('lip-lines'));
    expect(screen.getByRole('alert').textContent).toBe('');
    await q.user.click(radio('lip-lines', words('lip-lines', 'with-expression').label));
    await q.user.click(screen.getByRole('button', { name: t.back }));
    expect(radio('forehead', m.appearances['at-rest'].label).checked).toBe(true);
    await q.user.click(screen.getByRole('button', { name: t.next }));
    await q.user.click(screen.getByRole('button', { name: t.next }));
    await q.user.click(radio('chin', words('chin', 'with-expression').label));
    await q.user.click(screen.getByRole('button', { name: t.next }));
    expect(q.quiz.step.value).toBe('safety');
    expect(q.quiz.answers.value.appearance).toEqual({ forehead: 'at-rest', 'lip-lines': 'with-expression', chin: 'with-expression' });
  });
});
