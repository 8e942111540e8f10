import { batch, computed, signal } from '@preact/signals';
import { areasNeedingAppearance } from '../engine/needs-question';
import type { assess } from '../engine/evaluate';
import { AGE_FLAGS, type AgeBand } from '../engine/safety-questions';
import { AREA_IDS, type Answers, type Appearance, type AreaId, type Ruleset, type SafetyFlag, type Treatment } from '../engine/types';

import type { Emit } from './events';
import { STEPS, type Step } from './steps';

export { STEPS, type Step };

/** Everything the visitor has answered: what survives a reload (sessionStorage, never sent). */
export interface Progress {
  readonly step: Step;
  readonly areas: readonly AreaId[];
  readonly appearance: { readonly [A in AreaId]?: Appearance };
  /** The health answers ticked on the safety step (age is asked apart, as `age`). */
  readonly safety: readonly SafetyFlag[];
  /** "None of these" on the safety step: an answer of its own, not just an empty list. */
  readonly none: boolean;
  readonly age?: AgeBand;
}

const WITHOUT_APPEARANCE = STEPS.filter((s) => s !== 'appearance');

export const emptyProgress: Progress = { step: 'intro', areas: [], appearance: {}, safety: [], none: false };

/**
 * One widget's quiz: its answers as signals and the moves between steps. Each mounted widget
 * has its own, so several quizzes on a page never share state. The engine decides which
 * steps exist (the "when" question only for areas whose answer changes the treatment).
 */
export function createQuiz(rules: Ruleset, emit: Emit, initial: Progress = emptyProgress) {
  const step = signal<Step>(initial.step);
  const areas = signal<readonly AreaId[]>(initial.areas);
  const appearance = signal<Progress['appearance']>(initial.appearance);
  const safety = signal<readonly SafetyFlag[]>(initial.safety);
  const none = signal(initial.none);
  const age = signal<AgeBand | undefined>(initial.age);
  /** Set when the visitor moved: the new step takes focus. Not on first render or restore. */
  const moved = signal(false);
  /** The overall answer, once the visitor has moved on to the result (for its announcement). */
  const overall = signal<Treatment | undefined>(undefined);

  const asked = computed(() => areasNeedingAppearance(areas.value, rules));
  // Until an area is chosen, count the "when" step in: most visits have it, and progress
  // reading "Step 1 of 2" then "Step 1 of 3" would be a small lie. One of two fixed lists, so
  // ticking an area does not hand the progress bar a new (equal) list to re-render for.
  const steps = computed<readonly Step[]>(() => (asked.value.length || !areas.value.length ? STEPS : WITHOUT_APPEARANCE));
  /** The step on screen: one the engine no longer asks (a restored session under new rules) falls back to areas. */
  const current = computed<Step>(() => (steps.value.includes(step.value) ? step.value : 'areas'));
  const answers = computed<Answers>(() => {
    const chosen: { [A in AreaId]?: Appearance } = {};
    for (const a of asked.value) {
      const given = appearance.value[a];
      if (given) chosen[a] = given;
    }
    const ageFlag = age.value && AGE_FLAGS[age.value];
    return { areas: areas.value, appearance: chosen, safety: ageFlag ? [ageFlag, ...safety.value] : safety.value };
  });
  const progress = computed<Progress>(() => ({
    step: step.value,
    areas: areas.value,
    appearance: appearance.value,
    safety: safety.value,
    none: none.value,
    ...(age.value ? { age: age.value } : {}),
  }));

  const goTo = (next: Step) =>
    batch(() => {
      step.value = next;
      moved.value = true;
      emit('step', { step: next });
    });

  // The engine's decision comes from the questions' file (a part of its own), not the first screen.
  const move = (delta: 1 | -1, decide?: typeof assess) => {
    const list = steps.value;
    const next = list[list.indexOf(step.value) + delta];
    if (!next) return;
    if (next === 'result') {
      if (!decide) return;
      const outcome = decide(answers.value, rules);
      overall.value = outcome.overall;
      // The event carries the interest: what the areas alone ask for, never a health answer.
      emit('complete', { overall: outcome.interest.overall, areas: outcome.interest.areas });
    }
    goTo(next);
  };

  return {
    step,
    areas,
    appearance,
    safety,
    none,
    age,
    moved,
    overall,
    asked,
    steps,
    current,
    answers,
    progress,
    start() {
      emit('start', {});
      goTo('areas');
    },
    /** On to the next step; on to the result only with the engine's `assess` to decide it. */
    next: (decide?: typeof assess) => move(1, decide),
    back: () => move(-1),
    restart() {
      batch(() => {
        areas.value = [];
        appearance.value = {};
        safety.value = [];
        none.value = false;
        age.value = undefined;
        emit('restart', {});
        goTo('areas');
      });
    },
    toggleArea(area: AreaId, on: boolean) {
      // Kept in face order (top to bottom), whatever order they were picked in.
      areas.value = AREA_IDS.filter((a) => (a === area ? on : areas.value.includes(a)));
    },
    setAppearance(area: AreaId, value: Appearance) {
      appearance.value = { ...appearance.value, [area]: value };
    },
    toggleFlag(flag: SafetyFlag, on: boolean) {
      const rest = safety.value.filter((f) => f !== flag);
      batch(() => {
        safety.value = on ? [...rest, flag] : rest;
        if (on) none.value = false;
      });
    },
    setAge(band: AgeBand) {
      age.value = band;
    },
    setNone(on: boolean) {
      batch(() => {
        none.value = on;
        if (on) safety.value = [];
      });
    },
  };
}

export type Quiz = ReturnType<typeof createQuiz>;
