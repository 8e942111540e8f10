// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate';
import { ui } from '../../src/content/locales';
import { UI_KEYS } from '../../src/content/ui-keys';
import { LOCALES } from '../../src/engine/types';
import { fill } from '../../src/ui/strings';
import { renderQuiz } from '../helpers/render-quiz';

afterEach(cleanup);

describe('widget wording', () => {
  it('has every key filled in every locale', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(ui[locale]).sort()).toEqual([...UI_KEYS].sort());
      for (const [key, text] of Object.entries(ui[locale])) expect(text.trim(), `${locale}.${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in every locale', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of UI_KEYS) {
      const k = key as keyof typeof ui.en;
      expect(holes(ui.es[k]), key).toEqual(holes(ui.en[k]));
    }
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fill('Step {n} of {total}', { n: 2, total: 3 })).toBe('Step 2 of 3');
    expect(fill('Hi {who}', {})).toBe('Hi {who}');
  });

  it('applies the owner\'s copy overrides for the visitor\'s locale only', () => {
    const { config } = validateConfig({ copy: { en: { start: 'Take the quiz' }, es: { start: 'Hacer el test' } } });
    renderQuiz({ config });
    expect(screen.getByRole('button', { name: 'Take the quiz' })).toBeTruthy();
    cleanup();
    renderQuiz({ config, locale: 'es' });
    expect(screen.getByRole('button', { name: 'Hacer el test' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: ui.es.introTitle })).toBeTruthy();
  });

  it('marks the widget with its language for screen readers', () => {
    const { container } = renderQuiz({ locale: 'es' });
    expect(container.querySelector('.tq')?.getAttribute('lang')).toBe('es');
  });
});
