// The photo's address in an HTML or Markdown report: an embedded PNG/JPEG data URL, an http(s)
// URL or a relative path. Anything else (javascript:, data:text/html, …) is refused.

const DATA_URL = /^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;
const WEB_URL = /^https?:\/\/[^\s"'<>()\\]+$/;
const RELATIVE = /^(?![a-z][a-z0-9+.-]*:)[^\s"'<>()\\]+$/i;

export function safeImageSrc(src: string | undefined): string | null {
  if (!src) return null;
  return DATA_URL.test(src) || WEB_URL.test(src) || RELATIVE.test(src) ? src : null;
}

/** A data URL for photo bytes already in base64. */
export function photoDataUrl(mime: 'image/png' | 'image/jpeg', base64: string): string {
  return `data:${mime};base64,${base64}`;
}

/** Every safe photo address a caller gave (one, then several), in order. */
export function photoSources(opts: { photoSrc?: string; photoSrcs?: string[] }): string[] {
  return [opts.photoSrc, ...(opts.photoSrcs ?? [])].map(safeImageSrc).filter((x): x is string => !!x);
}
