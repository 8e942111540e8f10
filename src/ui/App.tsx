import { useEffect } from 'preact/hooks';
import { ErrorBoundary } from './ErrorBoundary';
import { Intro } from './Intro';
import type { UiStrings } from '../content/ui-keys';
import { usePart } from './lazy';
import { quizWords } from './words';
import { AppearanceStep, AreasStep, preloadResult, Result, SafetyStep } from './screens';
import type { AppProps } from './app-props';
import type { Step } from './state';
import { WordsContext, fill, wordsFor, type Words } from './strings';

export type { AppProps };

function CurrentStep({ step, ...props }: Omit<AppProps, 'words'> & { step: Step }) {
  const { quiz } = props;
  switch (step) {
    case 'intro':
      return <Intro quiz={quiz} analytics={props.config.analytics === 'datalayer'} />;
    case 'areas':
      return <AreasStep quiz={quiz} config={props.config} />;
    case 'appearance':
      return <AppearanceStep quiz={quiz} config={props.config} />;
    case 'safety':
      return <SafetyStep quiz={quiz} config={props.config} />;
    case 'result':
      return <Result {...props} />;
    default: {
      const never: never = step;
      return never;
    }
  }
}

/** Polite announcement of the result, in a live region present from the first render. */
function announce({ quiz, locale }: AppProps, ui: UiStrings, step: Step): string {
  const overall = quiz.overall.value;
  const medical = quizWords[locale].ready();
  if (step !== 'result' || !quiz.moved.value || !overall || !medical) return '';
  return fill(ui.resultReady, { name: medical.treatments[overall].name });
}

/**
 * The current step, with the words it needs. The questions' words are fetched as soon as the
 * intro has painted; a step after the intro shows once they are here (a failed download reaches
 * the error boundary).
 */
function Screen({ step, words, ...props }: Omit<AppProps, 'words'> & { step: Step; words: Words }) {
  const medical = usePart(quizWords[props.locale]);
  // The last question fetches the result page, so it is there when the visitor is.
  useEffect(() => void (step === 'safety' && preloadResult(props.locale)), [step, props.locale]);
  if (!medical && step !== 'intro') return null;
  return (
    <WordsContext.Provider value={{ ...words, medical: medical! }}>
      <CurrentStep step={step} {...props} />
    </WordsContext.Provider>
  );
}

export function App(props: AppProps) {
  const { quiz, config, locale, onError } = props;
  const words = wordsFor(locale, props.words, config);
  const { ui } = words;
  // App reads only the step on screen (and, on the result, what it announces): an answer
  // re-renders the step that shows it, which reads its own signals, not the whole tree.
  const step = quiz.current.value;
  return (
    <div class="tq" lang={locale}>
      <ErrorBoundary
        onError={onError}
        fallback={
          <div class="step failed" role="alert">
            <h2>{ui.errorTitle}</h2>
            <p>{ui.errorBody}</p>
          </div>
        }
      >
        <Screen key={step} step={step} {...props} words={words} />
      </ErrorBoundary>
      <p id="tq-announce" class="sr-only" aria-live="polite">
        {announce(props, ui, step)}
      </p>
    </div>
  );
}
