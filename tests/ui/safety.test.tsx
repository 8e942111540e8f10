// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { medical } from '../../src/content/locales';
import { ui } from '../../src/content/ui';
import { SAFETY_FLAGS } from '../../src/engine/types';
import { renderQuiz } from './render-quiz';

afterEach(cleanup);

const t = ui.en;
const m = medical.en;
const onSafety = () => renderQuiz({ progress: { step: 'safety', areas: ['lips'] } });
const box = (label: string) => within(screen.getByRole('group', { name: t.safetyLegend })).getByRole('checkbox', { name: label }) as HTMLInputElement;

describe('safety step', () => {
  it('asks "Do any of these apply?" with one checkbox per flag and "None of these"', () => {
    onSafety();
    expect(screen.getByRole('heading', { name: t.safetyTitle })).toBeTruthy();
    for (const flag of SAFETY_FLAGS) expect(box(m.flags[flag])).toBeTruthy();
    expect(box(t.safetyNone)).toBeTruthy();
  });

  it('makes "None of these" exclusive: it clears the flags, and a flag clears it', async () => {
    const q = onSafety();
    await q.user.click(box(m.flags['blood-thinners']));
    await q.user.click(box(m.flags['under-18']));
    await q.user.click(box(t.safetyNone));
    expect(box(m.flags['blood-thinners']).checked).toBe(false);
    expect(box(m.flags['under-18']).checked).toBe(false);
    expect(q.quiz.safety.value).toEqual([]);
    box(m.flags['under-18']).focus();
    await q.user.keyboard(' ');
    expect(box(t.safetyNone).checked).toBe(false);
    expect(q.quiz.safety.value).toEqual(['under-18']);
  });

  it('needs an answer: with nothing ticked it announces an error and stays', async () => {
    const q = onSafety();
    await q.user.click(screen.getByRole('button', { name: t.seeResult }));
    expect(screen.getByRole('alert').textContent).toBe(t.safetyError);
    expect(q.quiz.step.value).toBe('safety');
  });

  it('shows the result after "None of these" and announces it', async () => {
    const q = onSafety();
    await q.user.click(box(t.safetyNone));
    await q.user.click(screen.getByRole('button', { name: t.seeResult }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: t.resultTitle }));
    const live = q.container.querySelector('#tq-announce')!;
    expect(live.textContent).toBe(`Your result is ready: ${m.treatments.filler.name}`);
  });

  it('reports completion with the treatment per area and never the safety answers', async () => {
    const q = renderQuiz({ progress: { step: 'safety', areas: ['forehead', 'lips'], appearance: { forehead: 'with-expression' } } });
    await q.user.click(box(m.flags['neuromuscular-condition']));
    await q.user.click(screen.getByRole('button', { name: t.seeResult }));
    const complete = q.events.find((e) => e.name === 'complete')!;
    expect(complete.detail).toEqual({
      overall: 'consult-first',
      areas: [
        { area: 'forehead', treatment: 'consult-first' },
        { area: 'lips', treatment: 'filler' },
      ],
    });
    expect(JSON.stringify(q.events)).not.toMatch(/neuromuscular|safety|caution/);
    expect(q.names()).toEqual(['complete', 'step']);
  });
});
