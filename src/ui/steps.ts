// The quiz's steps, in order: the one list the quiz moves through, saved progress is checked
// against, and `step` events may carry.
export const STEPS = ['intro', 'areas', 'appearance', 'safety', 'result'] as const;
export type Step = (typeof STEPS)[number];
