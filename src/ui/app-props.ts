import type { ResolvedConfig } from '../config/validate';
import type { Locale } from '../engine/types';
import type { UiStrings } from '../content/ui-keys';
import type { Emit } from './events';
import type { Quiz } from './state';

export interface AppProps {
  readonly quiz: Quiz;
  readonly config: ResolvedConfig;
  readonly locale: Locale;
  /** The widget's own wording in the visitor's language (loaded before the first render). */
  readonly words: UiStrings;
  readonly emit: Emit;
  /** Reports an error caught inside the widget (console + `treatment-quiz:error`). */
  readonly onError: (error: unknown) => void;
}

/** What each question step gets. */
export type StepProps = Pick<AppProps, 'quiz' | 'config'>;
