/** Sessions one programme may create at once (a forum runs dozens). */
export const MAX_PROGRAMME_ROWS = 200;
/** Rows at the top of a sheet searched for the header row (a title block may come first). */
export const HEADER_SEARCH_ROWS = 10;
