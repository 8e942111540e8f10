import { fill, useWords } from './strings';
import type { Quiz, Step } from './state';

/** "Step 2 of 3" for assistive tech and eyes, plus a segmented bar for eyes only. */
export function ProgressBar({ quiz }: { quiz: Quiz }) {
  const { ui } = useWords();
  const questions: readonly Step[] = quiz.steps.value.filter((s) => s !== 'intro' && s !== 'result');
  const n = questions.indexOf(quiz.step.value) + 1;
  return (
    <div class="progress">
      <p class="progress-text">{fill(ui.progress, { n, total: questions.length })}</p>
      <div class="bar" aria-hidden="true">
        {questions.map((s, i) => (
          <span key={s} class={i < n ? 'seg done' : 'seg'} />
        ))}
      </div>
    </div>
  );
}
