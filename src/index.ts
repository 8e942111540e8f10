// The public API of treatment-quiz. Types are the documentation: everything a caller can
// pass or receive is exported here.
export { recommend, type RecommendOptions } from './recommend';
export { assess, evaluate, overallOf, type EngineText, type Outcome } from './engine/evaluate';
export { appearanceOptions, areasNeedingAppearance, needsAppearance } from './engine/needs-question';
export { AGE_BANDS, AGE_FLAGS, SAFETY_GROUPS, type AgeBand, type SafetyGroup } from './engine/safety-questions';
export { verify, describeProblem, problemPath, problemMessage, type Problem } from './engine/verify';
export { defaultRules, defaultQuestions, DEFAULT_RULE_IDS, type DefaultRuleId } from './engine/default-rules';
export * from './engine/types';
export { validateConfig, formatError, type ConfigError, type ResolvedConfig, type Validation } from './config/validate';
export { checkAnswers, answersSchema, type AnswersCheck } from './config/answers';
export type { Config, ConfigInput, Practice, Theme } from './config/schema';
export type { LeadsConfig } from './config/schema';
export type { AnalyticsDetail, AnalyticsEvent, AnalyticsOptions } from './embed/analytics';
export { medical } from './content/locales';
export type { MedicalStrings, QuizWords, ResultWords, ComparisonRow } from './content/types';
export { mount, type MountOptions, type MountHandle } from './embed/mount';
export { rankPractices, neededOffers, type RankedPractice, type RankOptions, type VisitorPlace } from './match/rank-practices';
export { distanceKm, type LatLng } from './match/distance';
export { withUtm, telHref, safeHttpUrl, type UtmOptions } from './match/links';
export type { DirectoryIndex } from './match/directory';
export { sharedView, type SharedView } from './ui/share/shared-view';
