// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ui } from '../../src/content/locales';
import { renderQuiz } from '../helpers/render-quiz';

const broken = { intro: false };
vi.mock('../../src/ui/Intro', async (load) => {
  const real = await load<typeof import('../../src/ui/Intro')>();
  return {
    Intro: (props: Parameters<typeof real.Intro>[0]) => {
      if (broken.intro) throw new Error('intro broke');
      return real.Intro(props);
    },
  };
});

afterEach(() => {
  cleanup();
  broken.intro = false;
});

describe('error boundary', () => {
  it('shows a short "reload" message instead of a step that throws, and reports the error', () => {
    broken.intro = true;
    const q = renderQuiz();
    expect(screen.getByRole('alert').textContent).toContain(ui.en.errorTitle);
    expect(screen.getByText(ui.en.errorBody)).toBeTruthy();
    expect(q.onError).toHaveBeenCalledTimes(1);
    expect(q.onError.mock.calls[0]?.[0]).toMatchObject({ message: 'intro broke' });
  });

  it('renders the quiz normally when nothing throws', () => {
    const q = renderQuiz();
    expect(screen.getByRole('button', { name: ui.en.start })).toBeTruthy();
    expect(q.onError).not.toHaveBeenCalled();
  });
});
