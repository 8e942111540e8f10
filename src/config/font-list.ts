// What a `theme.font` may be: a CSS font list whose every name is either quoted, with matching
// quotes, or bare words. It goes into the theme stylesheet as text, so an unbalanced quote would
// run the string on to the end of the sheet and take every theme colour with it, and `;`, `{`,
// `}`, `\` or a line break could close the rule. Shared by the config schema and the theme CSS.

const NAME = `(?:"[\\w -]+"|'[\\w -]+'|[A-Za-z_-][\\w-]*(?:\\s+[A-Za-z_-][\\w-]*)*)`;

/** "Georgia, serif", "'Open Sans', sans-serif", "\"Segoe UI\", Roboto". */
export const FONT_LIST = new RegExp(`^\\s*${NAME}(?:\\s*,\\s*${NAME})*\\s*$`);
