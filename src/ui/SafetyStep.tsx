import { useEffect, useState } from 'preact/hooks';
import { SAFETY_FLAGS } from '../engine/types';
import { Choice } from './Choice';
import { preloadResult } from './result-page';
import type { Quiz } from './state';
import { StepView } from './StepView';
import { useWords } from './strings';

/** Health answers. "None of these" is an answer of its own and clears the others. */
export function SafetyStep({ quiz }: { quiz: Quiz }) {
  const { ui, medical } = useWords();
  const [tried, setTried] = useState(false);
  useEffect(preloadResult, []);
  const flags = quiz.safety.value;
  const answered = flags.length > 0 || quiz.none.value;
  const error = tried && !answered ? ui.safetyError : '';
  return (
    <StepView
      quiz={quiz}
      title={ui.safetyTitle}
      nextLabel={ui.seeResult}
      error={error}
      onNext={() => {
        setTried(true);
        return answered;
      }}
    >
      <fieldset aria-describedby={error ? 'tq-help tq-error' : 'tq-help'}>
        <legend>{ui.safetyLegend}</legend>
        <p id="tq-help" class="help">
          {ui.safetyHelp}
        </p>
        {SAFETY_FLAGS.map((flag) => (
          <Choice
            key={flag}
            id={`tq-flag-${flag}`}
            type="checkbox"
            checked={flags.includes(flag)}
            label={medical.flags[flag]}
            onChange={(on) => quiz.toggleFlag(flag, on)}
          />
        ))}
        <Choice id="tq-flag-none" type="checkbox" checked={quiz.none.value} label={ui.safetyNone} onChange={quiz.setNone} />
      </fieldset>
    </StepView>
  );
}
