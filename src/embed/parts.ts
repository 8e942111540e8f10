import { part } from '../ui/lazy';

// The parts the embedding loads later (the UI's are in src/ui/parts.ts; src/parts.ts says
// when each part loads, and the build checks every `import()` here is one of them).

/** Reading and checking the owner's settings (with valibot and the schema): only for a page that gives settings. */
export const settings = part(() => import('./load-config'));
/** Sends events to the owner's analytics: only when the owner opted in. */
export const analyticsSender = part(() => import('./analytics-send'));
/** Delivers leads an earlier visit could not: only on sites that configured `leads`. */
export const leadDelivery = part(() => import('../leads/deliver'));
/** The config problems box, on the owner's own screen (localhost, ?tq-debug). */
export const debugPanel = part(() => import('./debug/panel'));
/** `window.TreatmentQuiz.recommend`: only when called. */
export const recommender = part(() => import('./recommend'));
