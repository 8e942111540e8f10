// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { medical } from '../../src/content/locales';
import { ui } from '../../src/content/locales';
import { validateConfig } from '../../src/config/validate';
import { AGE_BANDS, SAFETY_GROUPS } from '../../src/engine/safety-questions';
import { SAFETY_FLAGS } from '../../src/engine/types';
import { renderQuiz } from '../helpers/render-quiz';

afterEach(cleanup);

const t = ui.en;
const m = medical.en;
const onSafety = (areas: Parameters<typeof renderQuiz>[0] = { progress: { step: 'safety', areas: ['lips'] } }) => renderQuiz(areas);
const box = (label: string) => within(screen.getByRole('group', { name: t.safetyLegend })).getByRole('checkbox', { name: label }) as HTMLInputElement;
const age = (band: (typeof AGE_BANDS)[number]) => within(screen.getByRole('group', { name: m.safetyGroups.age })).getByRole('radio', { name: m.ages[band] }) as HTMLInputElement;

describe('safety step', () => {
  it('asks age as one choice, then the other health answers in two labelled groups, and "None of these"', () => {
    onSafety();
    expect(screen.getByRole('heading', { name: t.safetyTitle })).toBeTruthy();
    for (const band of AGE_BANDS) expect(age(band).name).toBe('tq-age');
    for (const group of ['now', 'health'] as const) {
      const fieldset = screen.getByRole('group', { name: m.safetyGroups[group] });
      expect(within(fieldset).getAllByRole('checkbox').map((b) => b.id)).toEqual(SAFETY_GROUPS[group].map((f) => `tq-flag-${f}`));
    }
    expect(box(t.safetyNone)).toBeTruthy();
  });

  it('asks every flag exactly once: the ten as checkboxes, the two age flags through the age choice', () => {
    onSafety();
    const asked = [...SAFETY_GROUPS.now, ...SAFETY_GROUPS.health];
    expect([...asked, 'under-18', 'age-18-to-21'].sort()).toEqual([...SAFETY_FLAGS].sort());
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('makes "None of these" exclusive: it clears the flags, and a flag clears it', async () => {
    const q = onSafety();
    await q.user.click(box(m.flags['blood-thinners']));
    await q.user.click(box(m.flags['cold-sores']));
    await q.user.click(box(t.safetyNone));
    expect(box(m.flags['blood-thinners']).checked).toBe(false);
    expect(q.quiz.safety.value).toEqual([]);
    box(m.flags['cold-sores']).focus();
    await q.user.keyboard(' ');
    expect(box(t.safetyNone).checked).toBe(false);
    expect(q.quiz.safety.value).toEqual(['cold-sores']);
  });

  it('needs an age and an answer: it announces what is missing and stays', async () => {
    const q = onSafety();
    await q.user.click(screen.getByRole('button', { name: t.seeResult }));
    expect(screen.getByRole('alert').textContent).toBe(`${t.safetyAgeError} ${t.safetyError}`);
    await q.user.click(age('22-or-older'));
    await q.user.click(screen.getByRole('button', { name: t.seeResult }));
    expect(screen.getByRole('alert').textContent).toBe(t.safetyError);
    expect(q.quiz.step.value).toBe('safety');
  });

  it('maps the age choice to the age flags, and 22 or older to none', async () => {
    const q = onSafety();
    await q.user.click(age('under-18'));
    expect(q.quiz.answers.value.safety).toEqual(['under-18']);
    await q.user.click(age('18-to-21'));
    expect(q.quiz.answers.value.safety).toEqual(['age-18-to-21']);
    await q.user.click(age('22-or-older'));
    expect(q.quiz.answers.value.safety).toEqual([]);
  });

  it('shows the result after "None of these" and announces it', async () => {
    const q = onSafety();
    await q.user.click(age('22-or-older'));
    await q.user.click(box(t.safetyNone));
    await q.user.click(screen.getByRole('button', { name: t.seeResult }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: t.resultTitle }));
    const live = q.container.querySelector('#tq-announce')!;
    expect(live.textContent).toBe(`Your result is ready: ${m.treatments.filler.name}`);
  });

  it('reports completion with the interest only, the same as without the safety answers', async () => {
    const q = onSafety({ progress: { step: 'safety', areas: ['forehead', 'lips'], appearance: { forehead: 'with-expression' } } });
    await q.user.click(age('under-18'));
    await q.user.click(box(m.flags['neuromuscular-condition']));
    await q.user.click(screen.getByRole('button', { name: t.seeResult }));
    const complete = q.events.find((e) => e.name === 'complete')!;
    expect(complete.detail).toEqual({
      overall: 'combination',
      areas: [
        { area: 'forehead', treatment: 'neuromodulator' },
        { area: 'lips', treatment: 'filler' },
      ],
    });
    expect(JSON.stringify(q.events)).not.toMatch(/neuromuscular|safety|caution|not-now|consult|under-18/);
    expect(q.names()).toEqual(['complete', 'step']);
  });

  const practice = { id: 'spa', name: 'Flawless Med Spa', url: 'https://spa.example', phone: '(505) 317-2563', bookingUrl: 'https://spa.example/book' };
  const withPractice = validateConfig({ practices: [practice], leads: { endpoint: 'https://spa.example/leads', privacyUrl: 'https://spa.example/privacy' } }).config;

  it.each([
    ['a visitor under 18', 'under-18', 'none'],
    ['a pregnant visitor', '22-or-older', 'pregnant-or-breastfeeding'],
  ] as const)('shows %s what to do instead, and no practice, booking button or lead form', async (_, band, flag) => {
    const q = renderQuiz({ config: withPractice, progress: { step: 'safety', areas: ['lips'] } });
    await q.user.click(age(band));
    await q.user.click(flag === 'none' ? box(t.safetyNone) : box(m.flags[flag]));
    await q.user.click(screen.getByRole('button', { name: t.seeResult }));
    await screen.findByRole('heading', { name: m.treatments['not-now'].name });
    expect(screen.getByRole('heading', { name: t.notNowTitle })).toBeTruthy();
    expect(screen.getAllByText(band === 'under-18' ? /talk with a parent/ : /Wait until after pregnancy/).length).toBeGreaterThan(0);
    // Give the lazy parts every chance to appear: the comparison loads, practices must not.
    await screen.findByText(m.comparison.title);
    expect(screen.queryByText(practice.name)).toBeNull();
    expect(q.container.querySelector('a[href^="https://spa.example"], a[href^="tel:"], form')).toBeNull();
  });

  it('does show the practice to an adult with no health answer (so the test above can fail)', async () => {
    const q = renderQuiz({ config: withPractice, progress: { step: 'safety', areas: ['lips'] } });
    await q.user.click(age('22-or-older'));
    await q.user.click(box(t.safetyNone));
    await q.user.click(screen.getByRole('button', { name: t.seeResult }));
    expect((await screen.findAllByText(practice.name)).length).toBeGreaterThan(0);
  });
});
