import { assess } from '../engine/evaluate';
import { AppearanceStep } from './AppearanceStep';
import { AreasStep } from './AreasStep';
import { ErrorBoundary } from './ErrorBoundary';
import { Intro } from './Intro';
import { Result } from './result-page';
import { SafetyStep } from './SafetyStep';
import type { AppProps } from './app-props';
import type { Step } from './state';
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

export function App(props: AppProps) {
  const { quiz, config, locale, onError } = props;
  const words = wordsFor(locale, config);
  // App reads only the step on screen (and, on the result, what it announces): an answer
  // re-renders the step that shows it, which reads its own signals, not the whole tree.
  const step = quiz.current.value;
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
