// Turning the rapporteur's free text into report structure: notes into bullet points, the
// conclusion into paragraphs. Typed bullet markers are dropped so each renderer draws its own.

const BULLET = /^(?:[-*•–—·▪◦‣>]+|\d{1,3}[.)])\s+/;

/** One key point per non-empty line, without the "-", "•" or "1." the rapporteur typed. */
export function noteBullets(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim().replace(BULLET, '').trim())
    .filter((line) => line.length > 0);
}

/** Paragraphs separated by blank lines; single line breaks stay inside their paragraph. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
