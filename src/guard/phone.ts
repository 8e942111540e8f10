/**
 * What passes for a phone number, from an owner's config (a practice's phone) or a visitor's
 * lead form: digits, spaces, ( ) . - and a leading +, 7 to 25 characters.
 */
export const PHONE = /^\+?[\d\s().-]{7,25}$/;
