import type { ResolvedConfig } from '../config/validate';
import type { Locale } from '../engine/types';
import type { Emit } from './events';
import type { Quiz } from './state';

export interface AppProps {
  readonly quiz: Quiz;
  readonly config: ResolvedConfig;
  readonly locale: Locale;
  readonly emit: Emit;
  /** Reports an error caught inside the widget (console + `treatment-quiz:error`). */
  readonly onError: (error: unknown) => void;
}
