import { version } from '../../package.json';
import type { Answers, Recommendation } from '../engine/types';
import type { RecommendOptions } from '../recommend';
import { startAutoMount } from './auto-mount';
import { defineElement } from './element';
import { mount } from './mount';
import { recommender } from './parts';

// The widget's entry (dist/widget/quiz.js, imported by the dist/treatment-quiz.js loader). The
// one global it makes is window.TreatmentQuiz. The first copy of the script to run owns the page:
// a second copy (module or not) finds the global and does nothing, so nothing mounts twice; a
// second copy of another version says so, since the owner meant to run one of them.

export interface TreatmentQuizGlobal {
  readonly mount: typeof mount;
  /** Asynchronous here: the words of a recommendation load only when asked for (the first screen does not carry them). */
  readonly recommend: (answers: Answers, options?: RecommendOptions) => Promise<Recommendation>;
  readonly version: string;
}

const recommend: TreatmentQuizGlobal['recommend'] = (answers, options) => recommender().then((m) => m.recommend(answers, options));

// What the script tag adds to the page, for typed host code; dist/types/global.d.ts is built from this.
declare global {
  interface Window {
    TreatmentQuiz?: TreatmentQuizGlobal;
  }
  interface HTMLElementTagNameMap {
    'treatment-quiz': HTMLElement;
  }
}

const running = window.TreatmentQuiz;
if (!running) {
  window.TreatmentQuiz = Object.freeze({ mount, recommend, version });
  // Never throws: a host whose customElements.define throws still gets its data- divs mounted.
  defineElement();
  startAutoMount();
} else if (running.version !== version) {
  console.warn(`treatment-quiz ${version}: version ${running.version} already runs here, so this copy does nothing`);
}
