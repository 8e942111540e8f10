import { useSignal } from '@preact/signals';
import { AREA_IDS, type AreaId } from '../engine/types';
import { Choice } from './Choice';
import { FaceMap } from './FaceMap';
import type { StepProps } from './app-props';
import { StepView } from './StepView';
import { useWords } from './strings';

export function AreasStep({ quiz }: StepProps) {
  const { ui, medical } = useWords();
  const tried = useSignal(false);
  const focused = useSignal<AreaId | undefined>(undefined);
  const selected = quiz.areas.value;
  const error = tried.value && !selected.length ? ui.areasError : '';
  return (
    <StepView
      quiz={quiz}
      title={ui.areasTitle}
      nextLabel={ui.next}
      error={error}
      onNext={() => {
        tried.value = true;
        return selected.length > 0;
      }}
    >
      <p id="tq-help" class="help">
        {ui.areasHelp}
      </p>
      <div class="areas">
        <FaceMap selected={selected} focused={focused} onToggle={(a) => quiz.toggleArea(a, !selected.includes(a))} />
        <fieldset aria-describedby={error ? 'tq-help tq-error' : 'tq-help'}>
          <legend>{ui.areasLegend}</legend>
          <div class="choices">
            {AREA_IDS.map((area) => (
              <Choice
                key={area}
                id={`tq-area-${area}`}
                type="checkbox"
                checked={selected.includes(area)}
                label={medical.areas[area].label}
                hint={medical.areas[area].hint}
                onChange={(on) => quiz.toggleArea(area, on)}
                onFocus={() => (focused.value = area)}
                onBlur={() => (focused.value = undefined)}
              />
            ))}
          </div>
        </fieldset>
      </div>
    </StepView>
  );
}
