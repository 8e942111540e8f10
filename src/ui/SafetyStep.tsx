import { useSignal } from '@preact/signals';
import { AGE_BANDS, SAFETY_GROUPS, type SafetyGroup } from '../engine/safety-questions';
import { Choice } from './Choice';
import type { StepProps } from './app-props';
import { StepView } from './StepView';
import { useWords } from './strings';

const GROUPS = Object.keys(SAFETY_GROUPS) as SafetyGroup[];

/**
 * Health answers, grouped so twelve items stay quick: age (one choice), what is true right now,
 * and health history. "None of these" is an answer of its own and clears the ticked items.
 */
export function SafetyStep({ quiz }: StepProps) {
  const { ui, medical } = useWords();
  const tried = useSignal(false);
  const flags = quiz.safety.value;
  const age = quiz.age.value;
  const answered = flags.length > 0 || quiz.none.value;
  const error = tried.value ? [!age && ui.safetyAgeError, !answered && ui.safetyError].filter(Boolean).join(' ') : '';
  const described = (base: string, missing: boolean) => (tried.value && missing ? `${base} tq-error` : base);
  return (
    <StepView
      quiz={quiz}
      title={ui.safetyTitle}
      nextLabel={ui.seeResult}
      error={error}
      onNext={() => {
        tried.value = true;
        return answered && !!age;
      }}
    >
      <p id="tq-help" class="help">
        {ui.safetyHelp}
      </p>
      <fieldset class="group ages" aria-describedby={described('tq-help', !age)}>
        <legend>{medical.safetyGroups.age}</legend>
        {AGE_BANDS.map((band) => (
          <Choice key={band} id={`tq-age-${band}`} type="radio" name="tq-age" checked={age === band} label={medical.ages[band]} onChange={() => quiz.setAge(band)} />
        ))}
      </fieldset>
      <fieldset class="group" aria-describedby={described('tq-help', !answered)}>
        <legend>{ui.safetyLegend}</legend>
        {GROUPS.map((group) => (
          <fieldset key={group} class="subgroup">
            <legend>{medical.safetyGroups[group]}</legend>
            {SAFETY_GROUPS[group].map((flag) => (
              <Choice
                key={flag}
                id={`tq-flag-${flag}`}
                type="checkbox"
                checked={flags.includes(flag)}
                label={medical.flags[flag]}
                onChange={(on) => quiz.toggleFlag(flag, on)}
              />
            ))}
          </fieldset>
        ))}
        <Choice id="tq-flag-none" type="checkbox" checked={quiz.none.value} label={ui.safetyNone} onChange={quiz.setNone} />
      </fieldset>
    </StepView>
  );
}
