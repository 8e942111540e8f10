import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { assess } from '../engine/evaluate';
import { Heading } from './Heading';
import { ProgressBar } from './ProgressBar';
import type { Quiz } from './state';
import css from './questions.css?inline';
import { useWords } from './strings';
import { useAdoptedSheet } from './theme/adopt';

interface Props {
  readonly quiz: Quiz;
  readonly title: string;
  readonly nextLabel: string;
  /** Validates the step; moves on only when it returns true. */
  readonly onNext: () => boolean;
  /** Back inside the step (an earlier area of the same question); the previous step otherwise. */
  readonly onBack?: () => void;
  /** The step's validation message, announced when it appears. */
  readonly error: string;
  readonly children: ComponentChildren;
}

/** The frame every question step shares: progress, heading, the question, and the Back/Next row. */
export function StepView({ quiz, title, nextLabel, onNext, onBack, error, children }: Props) {
  const { ui } = useWords();
  // The questions' styles come with their file, not in the first download.
  const root = useRef<HTMLFormElement>(null);
  useAdoptedSheet(root, css);
  return (
    <form
      ref={root}
      class="step"
      aria-labelledby="tq-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (onNext()) quiz.next(assess);
      }}
    >
      <ProgressBar quiz={quiz} />
      <Heading focus={quiz.moved.peek()}>{title}</Heading>
      {children}
      {/* The error sits in the sticky row, next to the button that raised it. */}
      <div class="nav">
        <p id="tq-error" class="error" role="alert">
          {error}
        </p>
        <button type="button" class="button secondary" onClick={onBack ?? quiz.back}>
          {ui.back}
        </button>
        <button type="submit" class="button primary">
          {nextLabel}
        </button>
      </div>
    </form>
  );
}
