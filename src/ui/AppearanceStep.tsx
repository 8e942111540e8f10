import { useSignal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { appearanceOptions } from '../engine/needs-question';
import { Choice } from './Choice';
import type { StepProps } from './app-props';
import { StepView } from './StepView';
import { fill, useWords } from './strings';

// Below this width the areas are asked one at a time, so each question fits a phone screen.
const ONE_AT_A_TIME = '(max-width: 599px)';

const narrowScreen = () => typeof matchMedia === 'function' && matchMedia(ONE_AT_A_TIME).matches;

/**
 * "When do you see it?": one radio group per area the rules ask about, with the options and the
 * wording the rules and content give that area. On phones, one area at a time.
 */
export function AppearanceStep({ quiz, config }: StepProps) {
  const { rules } = config;
  const { ui, medical } = useWords();
  const tried = useSignal(false);
  const [narrow] = useState(narrowScreen);
  const asked = quiz.asked.value;
  const given = quiz.appearance.value;
  // On a phone, start at the first unanswered area (a restored session resumes where it was).
  const index = useSignal(Math.max(0, asked.findIndex((a) => !given[a])));
  const current = Math.min(index.value, asked.length - 1);
  const shown = narrow ? asked.slice(current, current + 1) : asked;
  const missing = shown.filter((a) => !given[a]);
  const error = tried.value && missing.length ? ui.appearanceError : '';
  const group = useRef<HTMLFieldSetElement>(null);
  const turned = useRef(false);
  useEffect(() => {
    // Moving between areas inside the step: focus the new question, as a step change would.
    if (turned.current) group.current?.focus();
  }, [current]);
  const turn = (to: number) => {
    tried.value = false;
    turned.current = true;
    index.value = to;
  };
  return (
    <StepView
      quiz={quiz}
      title={ui.appearanceTitle}
      nextLabel={ui.next}
      error={error}
      onBack={narrow && current > 0 ? () => turn(current - 1) : undefined}
      onNext={() => {
        tried.value = true;
        if (missing.length) return false;
        if (narrow && current < asked.length - 1) {
          turn(current + 1);
          return false;
        }
        return true;
      }}
    >
      <p id="tq-help" class="help mirror">
        {medical.mirrorCheck}
      </p>
      {shown.map((area) => (
        <fieldset
          key={area}
          ref={narrow ? group : undefined}
          tabIndex={narrow ? -1 : undefined}
          class="group"
          role="radiogroup"
          aria-describedby={error && missing.includes(area) ? 'tq-help tq-error' : 'tq-help'}
        >
          <legend>
            {medical.areas[area].label}
            {narrow && asked.length > 1 && <span class="count"> {fill(ui.appearanceCount, { n: current + 1, total: asked.length })}</span>}
          </legend>
          {appearanceOptions(area, rules).map((ap) => {
            const words = medical.appearancesFor[area]?.[ap] ?? medical.appearances[ap];
            return (
              <Choice
                key={ap}
                id={`tq-${area}-${ap}`}
                type="radio"
                name={`tq-when-${area}`}
                checked={given[area] === ap}
                label={words.label}
                hint={words.help}
                onChange={() => quiz.setAppearance(area, ap)}
              />
            );
          })}
        </fieldset>
      ))}
    </StepView>
  );
}
