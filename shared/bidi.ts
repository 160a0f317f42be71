// Right-to-left text and bidi controls in what people type. A name ending in U+202E (RIGHT-TO-LEFT
// OVERRIDE) reverses whatever follows it on the same line ("000,01$" then reads "$10,000"); text in
// Arabic or Hebrew moves neighbouring digits and punctuation. Every user-written string is shown
// isolated: in its own element with `unicode-bidi: isolate` (`<bdi>`), or, where it is part of a
// longer string (a translated sentence, "Name, Organization"), wrapped here in FSI … PDI.

/** Strong right-to-left letters (Hebrew to NKo, presentation forms) and bidi controls. */
const BIDI_SENSITIVE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u061C\u200F\u202A-\u202E\u2066-\u2069]/;
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;

/**
 * `s` isolated from the text around it (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL
 * ISOLATE): whatever overrides or embeddings it opens end with it. Its own isolate controls are
 * dropped first, so it cannot close the isolate early. Plain left-to-right text comes back as is.
 */
export function isolate(s: string): string {
  if (!BIDI_SENSITIVE.test(s)) return s;
  return `\u2068${s.replace(ISOLATE_CONTROLS, '')}\u2069`;
}
