import { effect } from '@preact/signals-core';
import { useLayoutEffect, useState } from 'preact/hooks';
import { assess } from '../engine/evaluate';
import { AppearanceStep } from './AppearanceStep';
import { AreasStep } from './AreasStep';
import { ErrorBoundary } from './ErrorBoundary';
import { Intro } from './Intro';
import { Result } from './result-page';
import { SafetyStep } from './SafetyStep';
import type { AppProps } from './app-props';
import type { Quiz, Step } from './state';
import { WordsContext, fill, wordsFor, type Words } from './strings';

export type { AppProps };

function CurrentStep({ step, ...props }: AppProps & { step: Step }) {
  const { quiz } = props;
  switch (step) {
    case 'intro':
      return <Intro quiz={quiz} analytics={props.config.analytics === 'datalayer'} />;
    case 'areas':
      return <AreasStep quiz={quiz} />;
    case 'appearance':
      return <AppearanceStep quiz={quiz} rules={props.config.rules} />;
    case 'safety':
      return <SafetyStep quiz={quiz} />;
    case 'result':
      return <Result {...props} />;
    default: {
      const never: never = step;
      return never;
    }
  }
}

/** Polite announcement of the result, in a live region present from the first render. */
function announce({ quiz, config }: AppProps, words: Words, step: Step): string {
  if (step !== 'result' || !quiz.moved.value) return '';
  const { overall } = assess(quiz.answers.value, config.rules);
  return fill(words.ui.resultReady, { name: words.medical.treatments[overall].name });
}

/**
 * Re-renders the tree when the quiz's answers or step change. The quiz state is plain
 * @preact/signals-core; this one subscription replaces @preact/signals' per-component
 * tracking, which would cost about 1 KB gzip more for a tree this small.
 */
function useQuiz(quiz: Quiz): void {
  const [, rerender] = useState(0);
  const rendered = [quiz.progress.peek(), quiz.moved.peek()];
  useLayoutEffect(
    () =>
      effect(() => {
        // The first run only subscribes, unless something changed since this render.
        if (quiz.progress.value !== rendered[0] || quiz.moved.value !== rendered[1]) rerender((n) => n + 1);
      }),
    [quiz],
  );
}

export function App(props: AppProps) {
  const { quiz, config, locale, onError } = props;
  useQuiz(quiz);
  const words = wordsFor(locale, config);
  // A step the engine no longer asks (a restored session under new rules) falls back to areas.
  const step = quiz.steps.value.includes(quiz.step.value) ? quiz.step.value : 'areas';
  return (
    <WordsContext.Provider value={words}>
      <div class="tq" lang={locale}>
        <ErrorBoundary
          onError={onError}
          fallback={
            <div class="step failed" role="alert">
              <h2>{words.ui.errorTitle}</h2>
              <p>{words.ui.errorBody}</p>
            </div>
          }
        >
          <CurrentStep key={step} step={step} {...props} />
        </ErrorBoundary>
        <p id="tq-announce" class="sr-only" aria-live="polite">
          {announce(props, words, step)}
        </p>
      </div>
    </WordsContext.Provider>
  );
}
