// A chart's SVG as a crisp PNG for Word and PDF, rasterised by resvg (prebuilt binaries on npm, no
// browser). Fonts: Noto Sans when installed (fonts-noto-core), and every system font as a fallback
// when a chart holds another script (Arabic, Devanagari…), so participant text is drawn in any script.
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

/** Pixels per CSS pixel: a 640 px chart becomes 1600 px, sharp at the text width in print. */
export const CHART_ZOOM = 2.5;

const NOTO = [
  '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf',
];

/** What Noto Sans itself covers: Latin, Greek, Cyrillic and the punctuation and symbols charts use. */
const NOTO_SANS_ONLY =
  /^[\u0000-\u052F\u1E00-\u1FFF\u2000-\u206F\u20A0-\u20CF\u2100-\u214F\u2190-\u21FF\u2200-\u22FF\u25A0-\u25FF]*$/;

let noto: string[] | null = null;

function fontOptions(svg: string): { fontFiles: string[]; loadSystemFonts: boolean; defaultFontFamily: string } {
  noto ??= NOTO.filter((f) => existsSync(f));
  // Loading every system font costs ~200 ms a chart: only when the two Noto files cannot draw it.
  const enough = noto.length === NOTO.length && NOTO_SANS_ONLY.test(svg);
  return { fontFiles: noto, loadSystemFonts: !enough, defaultFontFamily: noto.length ? 'Noto Sans' : 'DejaVu Sans' };
}

export function chartPng(svg: string): { data: Buffer; width: number; height: number } {
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: CHART_ZOOM },
    font: fontOptions(svg),
    background: '#ffffff',
  }).render();
  return { data: image.asPng(), width: image.width, height: image.height };
}
