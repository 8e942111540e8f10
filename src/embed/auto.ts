import { version } from '../../package.json';
import type { Answers, Recommendation } from '../engine/types';
import type { RecommendOptions } from '../recommend';
import { startAutoMount } from './auto-mount';
import { defineElement } from './element';
import { mount } from './mount';

// The widget's entry (dist/widget/quiz.js, imported by the dist/treatment-quiz.js loader). The
// one global it makes is window.TreatmentQuiz; a second copy of the script (module or not)
// finds it and does nothing, so nothing mounts twice.

export interface TreatmentQuizGlobal {
  readonly mount: typeof mount;
  /** Asynchronous here: the words of a recommendation load only when asked for (the first screen does not carry them). */
  readonly recommend: (answers: Answers, options?: RecommendOptions) => Promise<Recommendation>;
  readonly version: string;
}

const recommend: TreatmentQuizGlobal['recommend'] = (answers, options) => import('../recommend').then((m) => m.recommend(answers, options));

declare global {
  interface Window {
    TreatmentQuiz?: TreatmentQuizGlobal;
  }
}

try {
  if (!window.TreatmentQuiz) {
    window.TreatmentQuiz = Object.freeze({ mount, recommend, version });
    defineElement();
    startAutoMount();
  }
} catch (e) {
  console.error('treatment-quiz: could not start', e);
}
