// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { medical } from '../../src/content/locales';
import { ui } from '../../src/content/ui';
import { recommend } from '../../src/recommend';
import type { Answers } from '../../src/engine/types';
import { Comparison, Result } from '../../src/ui/result-page';
import { Practices, Share } from '../../src/ui/result-parts';
import { renderQuiz } from './render-quiz';

// The result page is a separate file (tests/ui/lazy.test.tsx covers the loading); here it is
// loaded up front so each test reads the page as a visitor sees it once it is there.
beforeAll(() => Promise.all([Result.preload(), Comparison.preload(), Practices.preload(), Share.preload()]));
afterEach(cleanup);

const answers: Answers = { areas: ['forehead', 'lips'], appearance: { forehead: 'with-expression' }, safety: ['blood-thinners'] };
const onResult = (locale: 'en' | 'es' = 'en') =>
  renderQuiz({ locale, progress: { step: 'result', areas: answers.areas, appearance: answers.appearance, safety: answers.safety } });

describe('result', () => {
  it('shows the overall recommendation the engine decided, with its summary', () => {
    onResult();
    const r = recommend(answers);
    expect(r.overall).toBe('combination');
    expect(screen.getByRole('heading', { level: 2, name: ui.en.resultTitle })).toBeTruthy();
    expect(screen.getByText(medical.en.treatments.combination.name)).toBeTruthy();
    expect(screen.getByText(medical.en.treatments.combination.summary)).toBeTruthy();
  });

  it('has one card per area with its treatment and the engine reasons word for word', () => {
    onResult();
    for (const a of recommend(answers).areas) {
      const card = screen.getByRole('heading', { level: 4, name: medical.en.areas[a.area].label }).closest('li')!;
      expect(within(card).getByText(`Suggested: ${medical.en.treatments[a.treatment].name}`)).toBeTruthy();
      for (const reason of a.reasons) expect(within(card).getByText(reason.text)).toBeTruthy();
    }
  });

  it('lists the cautions for the safety answers given', () => {
    onResult();
    const section = screen.getByRole('heading', { name: ui.en.cautionsTitle }).closest('section')!;
    expect(within(section).getByText(medical.en.cautions['blood-thinners'])).toBeTruthy();
    expect(within(section).getAllByRole('listitem')).toHaveLength(1);
  });

  it('compares the treatments row by row in definition lists, with risks and the disclaimer', () => {
    onResult();
    const c = medical.en.comparison;
    const section = screen.getByRole('heading', { name: c.title }).closest('section')!;
    for (const row of Object.values(c.rows)) {
      const h = within(section).getByRole('heading', { name: row.label });
      const dl = h.nextElementSibling!;
      expect(dl.tagName).toBe('DL');
      expect([...dl.querySelectorAll('dt')].map((d) => d.textContent)).toEqual([medical.en.treatments.neuromodulator.name, medical.en.treatments.filler.name]);
      expect([...dl.querySelectorAll('dd')].map((d) => d.textContent)).toEqual([row.neuromodulator, row.filler]);
    }
    expect(screen.getByText(c.risks)).toBeTruthy();
    expect(screen.getByText(medical.en.disclaimer)).toBeTruthy();
  });

  it('starts over from the areas step with nothing kept, firing restart', async () => {
    const q = onResult();
    await q.user.click(screen.getByRole('button', { name: ui.en.restart }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: ui.en.areasTitle }));
    expect(screen.getAllByRole('checkbox').every((c) => !(c as HTMLInputElement).checked)).toBe(true);
    expect(q.names()).toEqual(['restart', 'step']);
    expect(q.quiz.progress.value).toMatchObject({ areas: [], safety: [], none: false, appearance: {} });
  });

  it('goes back to the safety step with the answers kept', async () => {
    const q = onResult();
    await q.user.click(screen.getByRole('button', { name: ui.en.back }));
    expect((screen.getByRole('checkbox', { name: medical.en.flags['blood-thinners'] }) as HTMLInputElement).checked).toBe(true);
  });

  it('speaks Spanish, reasons included', () => {
    onResult('es');
    const r = recommend(answers, { locale: 'es' });
    expect(screen.getByRole('heading', { level: 2, name: ui.es.resultTitle })).toBeTruthy();
    expect(screen.getByText(medical.es.treatments[r.overall].name)).toBeTruthy();
    for (const a of r.areas) for (const reason of a.reasons) expect(screen.getByText(reason.text)).toBeTruthy();
    expect(screen.getByText(medical.es.disclaimer)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Empezar de nuevo' })).toBeTruthy();
  });
});
