/**
 * Every demo answer says that it is one. Plain text gets the marker as its own last line, so `starts-with`
 * and salutation checks still see the real beginning; JSON gets it at the end of its first free-text
 * field, so the JSON stays valid and label fields stay exact.
 */
export const DEMO_MARKER = '[Demo-Antwort]';
