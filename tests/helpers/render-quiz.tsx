import { render } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { validateConfig, type ResolvedConfig } from '../../src/config/validate';
import { ui } from '../../src/content/locales';
import type { Locale } from '../../src/engine/types';
import { App } from '../../src/ui/App';
import { createQuiz, emptyProgress, type Progress } from '../../src/ui/state';

/** Renders the quiz the way mount does, with a recording emitter and onError. */
export function renderQuiz({
  locale = 'en',
  config = validateConfig({}).config,
  progress = emptyProgress,
}: { locale?: Locale; config?: ResolvedConfig; progress?: Partial<Progress> } = {}) {
  const events: { name: string; detail: Record<string, unknown> }[] = [];
  const emit = (name: string, detail: Record<string, unknown>) => events.push({ name, detail });
  const onError = vi.fn();
  const quiz = createQuiz(config.rules, emit, { ...emptyProgress, ...progress });
  const user = userEvent.setup();
  const view = render(<App quiz={quiz} config={config} locale={locale} words={ui[locale]} emit={emit} onError={onError} />);
  return { ...view, quiz, events, onError, user, names: () => events.map((e) => e.name) };
}
