// A chart's SVG as a crisp PNG for Word and PDF, rasterised by resvg (prebuilt binaries on npm, no
// browser). Fonts: Noto Sans when installed (fonts-noto-core), else whatever the system has.
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

/** Pixels per CSS pixel: a 640 px chart becomes 1600 px, sharp at the text width in print. */
export const CHART_ZOOM = 2.5;

const NOTO = [
  '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf',
];

function fontOptions(): { fontFiles: string[]; loadSystemFonts: boolean; defaultFontFamily: string } {
  const files = NOTO.filter((f) => existsSync(f));
  // Loading every system font costs time on each chart: the two Noto files are enough when present.
  return files.length === NOTO.length
    ? { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' }
    : { fontFiles: [], loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' };
}

let fonts: ReturnType<typeof fontOptions> | null = null;

export function chartPng(svg: string): { data: Buffer; width: number; height: number } {
  fonts ??= fontOptions();
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: CHART_ZOOM },
    font: fonts,
    background: '#ffffff',
  }).render();
  return { data: image.asPng(), width: image.width, height: image.height };
}
