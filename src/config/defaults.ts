import { defaultRules } from '../engine/default-rules';
import { own } from '../guard/own';
import type { ResolvedConfig } from './validate';

/**
 * The config with nothing set (a fresh object each time: the caller may hold on to it). Apart
 * from the validator, so a page without settings never downloads valibot and the schema.
 */
export const defaultConfig = (): ResolvedConfig => own<ResolvedConfig>({ rules: defaultRules, practices: [] });
