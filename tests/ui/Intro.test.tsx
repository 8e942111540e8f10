// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ui } from '../../src/content/locales';
import { medical } from '../../src/content/locales';
import { renderQuiz } from '../helpers/render-quiz';

afterEach(cleanup);

describe('intro', () => {
  it('says what the quiz does, how long it takes and that answers stay in the browser', () => {
    renderQuiz();
    expect(screen.getByRole('heading', { level: 2, name: ui.en.introTitle })).toBeTruthy();
    expect(screen.getByText(ui.en.introBody)).toBeTruthy();
    expect(screen.getByText(ui.en.introTime)).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([ui.en.introStep1, ui.en.introStep2, ui.en.introStep3]);
    expect(screen.getByText(ui.en.privacy)).toBeTruthy();
  });

  it('does not take focus on first render, so the host page keeps it', () => {
    renderQuiz();
    expect(document.activeElement).toBe(document.body);
  });

  it('starts on "Start the quiz": emits start and step, shows the areas step and focuses its heading', async () => {
    const q = renderQuiz();
    await q.user.click(screen.getByRole('button', { name: 'Start the quiz' }));
    const heading = screen.getByRole('heading', { level: 2, name: ui.en.areasTitle });
    expect(document.activeElement).toBe(heading);
    expect(q.events).toEqual([
      { name: 'start', detail: {} },
      { name: 'step', detail: { step: 'areas' } },
    ]);
  });

  it('speaks Spanish', async () => {
    const q = renderQuiz({ locale: 'es' });
    await q.user.click(screen.getByRole('button', { name: 'Empezar el cuestionario' }));
    expect(screen.getByRole('heading', { name: ui.es.areasTitle })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: medical.es.areas.lips.label })).toBeTruthy();
    expect(screen.getByText('Paso 1 de 3')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Atrás' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Siguiente' })).toBeTruthy();
  });
});

describe('re-rendering from the quiz signals', () => {
  it('follows a change made right after the first render, before any effect could have run', async () => {
    const { render, h } = await import('preact');
    const { App } = await import('../../src/ui/App');
    const { createQuiz } = await import('../../src/ui/state');
    const { validateConfig } = await import('../../src/config/validate');
    const { config } = validateConfig({});
    const quiz = createQuiz(config.rules, () => {});
    const root = document.createElement('div');
    document.body.append(root);
    render(h(App, { quiz, config, locale: 'en', words: ui.en, emit: () => {}, onError: () => {} }), root);
    quiz.start();
    await waitFor(() => expect(root.querySelector('h2')?.textContent).toBe(ui.en.areasTitle));
    render(null, root);
    root.remove();
  });
  it('opens on the treatment comparison when the page was reached through a shared result link', async () => {
    history.replaceState(null, '', '/spa?tq=compare');
    try {
      renderQuiz();
      // The comparison comes with the result page's file; the quiz is still one click away.
      expect(await screen.findByRole('heading', { name: medical.en.comparison.title })).toBeTruthy();
      expect(screen.getByRole('button', { name: ui.en.start })).toBeTruthy();
      // Educational, not medical advice: the shared view says so too.
      expect(screen.getByText(medical.en.disclaimer)).toBeTruthy();
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('does not show the comparison on a plain visit', () => {
    renderQuiz();
    expect(screen.queryByRole('heading', { name: medical.en.comparison.title })).toBeNull();
    expect(screen.queryByText(medical.en.disclaimer)).toBeNull();
  });
});
