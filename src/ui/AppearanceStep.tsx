import { useState } from 'preact/hooks';
import { APPEARANCES } from '../engine/types';
import { Choice } from './Choice';
import type { Quiz } from './state';
import { StepView } from './StepView';
import { useWords } from './strings';

/** "When do you see it?": one radio group for each area where the answer changes the advice. */
export function AppearanceStep({ quiz }: { quiz: Quiz }) {
  const { ui, medical } = useWords();
  const [tried, setTried] = useState(false);
  const given = quiz.appearance.value;
  const missing = quiz.asked.value.filter((a) => !given[a]);
  const error = tried && missing.length ? ui.appearanceError : '';
  return (
    <StepView
      quiz={quiz}
      title={ui.appearanceTitle}
      nextLabel={ui.next}
      error={error}
      onNext={() => {
        setTried(true);
        return !missing.length;
      }}
    >
      <p id="tq-help" class="help mirror">
        {medical.mirrorCheck}
      </p>
      {quiz.asked.value.map((area) => (
        <fieldset key={area} class="group" role="radiogroup" aria-describedby={error && missing.includes(area) ? 'tq-help tq-error' : 'tq-help'}>
          <legend>{medical.areas[area].label}</legend>
          {APPEARANCES.map((ap) => (
            <Choice
              key={ap}
              id={`tq-${area}-${ap}`}
              type="radio"
              name={`tq-when-${area}`}
              checked={given[area] === ap}
              label={medical.appearances[ap].label}
              hint={medical.appearances[ap].help}
              onChange={() => quiz.setAppearance(area, ap)}
            />
          ))}
        </fieldset>
      ))}
    </StepView>
  );
}
