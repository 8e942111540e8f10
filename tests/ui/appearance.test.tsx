// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { medical } from '../../src/content/locales';
import { ui } from '../../src/content/ui';
import { APPEARANCES } from '../../src/engine/types';
import { renderQuiz } from './render-quiz';

afterEach(cleanup);

const t = ui.en;
const m = medical.en;
// Forehead and lip lines need the question under the default rules; cheeks never do.
const onAppearance = () => renderQuiz({ progress: { step: 'appearance', areas: ['forehead', 'cheeks', 'lip-lines'] } });
const radio = (area: 'forehead' | 'lip-lines', label: string) =>
  within(screen.getByRole('radiogroup', { name: m.areas[area].label })).getByRole('radio', { name: label }) as HTMLInputElement;

describe('"when do you see it" step', () => {
  it('asks only for the areas the engine says need it, one radio group each named by the area', () => {
    onAppearance();
    const groups = screen.getAllByRole('radiogroup');
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual([m.areas.forehead.label, m.areas['lip-lines'].label]);
    for (const g of groups) {
      expect(g.tagName).toBe('FIELDSET');
      expect(within(g).getAllByRole('radio')).toHaveLength(APPEARANCES.length);
    }
  });

  it('shows the mirror check and each option with its help text as description', () => {
    onAppearance();
    expect(screen.getByText(m.mirrorCheck)).toBeTruthy();
    for (const ap of APPEARANCES) {
      const input = radio('forehead', m.appearances[ap].label);
      const help = input.getAttribute('aria-describedby');
      expect(help && input.closest('fieldset')!.querySelector(`[id="${help}"]`)?.textContent).toBe(m.appearances[ap].help);
    }
  });

  it('selects with the arrow keys inside a group, as native radios do', async () => {
    const q = onAppearance();
    await q.user.click(radio('forehead', m.appearances['with-expression'].label));
    await q.user.keyboard('{ArrowDown}');
    expect(radio('forehead', m.appearances['at-rest'].label).checked).toBe(true);
    expect(q.quiz.appearance.value.forehead).toBe('at-rest');
    expect(radio('lip-lines', m.appearances['at-rest'].label).checked).toBe(false);
  });

  it('needs an answer for every group, announcing the error and pointing the unanswered group at it', async () => {
    const q = onAppearance();
    await q.user.click(radio('forehead', m.appearances['not-sure'].label));
    await q.user.click(screen.getByRole('button', { name: t.next }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(t.appearanceError);
    const describedBy = (area: 'forehead' | 'lip-lines') => screen.getByRole('radiogroup', { name: m.areas[area].label }).getAttribute('aria-describedby')!.split(' ');
    expect(describedBy('lip-lines')).toContain(alert.id);
    expect(describedBy('forehead')).not.toContain(alert.id);
    expect(q.quiz.step.value).toBe('appearance');
  });

  it('moves on to safety once every group is answered and back to the areas with answers kept', async () => {
    const q = onAppearance();
    await q.user.click(radio('forehead', m.appearances['with-expression'].label));
    await q.user.click(radio('lip-lines', m.appearances['at-rest'].label));
    await q.user.click(screen.getByRole('button', { name: t.next }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: t.safetyTitle }));
    await q.user.click(screen.getByRole('button', { name: t.back }));
    expect(radio('forehead', m.appearances['with-expression'].label).checked).toBe(true);
    await q.user.click(screen.getByRole('button', { name: t.back }));
    expect((screen.getByRole('checkbox', { name: m.areas.cheeks.label }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
  });
});
