// What a visitor can click on the practices: the one list the cards use and the
// `practice-click` event may carry.
export const PRACTICE_ACTIONS = ['website', 'call', 'book', 'directory'] as const;
export type PracticeAction = (typeof PRACTICE_ACTIONS)[number];
/** A practice card's own links (the directory link sits under the list). */
export type CardAction = Exclude<PracticeAction, 'directory'>;
