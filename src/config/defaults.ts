import { defaultRules } from '../engine/default-rules';
import type { Ruleset } from '../engine/types';
import { own } from '../guard/own';
import type { Config, Practice } from './schema';

/** The config in force: the owner's settings where they are valid, the defaults elsewhere. */
export interface ResolvedConfig extends Omit<Config, 'rules' | 'practices'> {
  /** The verified ruleset in force: the owner's when it verifies clean, else the default. */
  readonly rules: Ruleset;
  /** Valid practices only; each invalid one is reported and left out. */
  readonly practices: readonly Practice[];
}

/**
 * The config with nothing set (a fresh object each time: the caller may hold on to it). Apart
 * from the validator, so a page without settings never downloads valibot and the schema.
 */
export const defaultConfig = (): ResolvedConfig => own<ResolvedConfig>({ rules: defaultRules, practices: [] });
