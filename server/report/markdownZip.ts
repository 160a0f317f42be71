// The Markdown report with its photos: a zip holding the .md file and the pictures beside it in
// photos/, linked by relative paths, so the text stays readable (no base64 in it) and any Markdown
// viewer shows the pictures once the archive is unpacked.
import JSZip from 'jszip';
import { renderMarkdown } from '../../shared/report/markdown.js';
import type { ReportModel } from '../../shared/report/types.js';
import { photoKind, type Photo } from './photo.js';

/** "photos/photo-1.jpg", … for each photo of a format a viewer shows. */
export function photoPaths(photos: readonly Photo[]): { path: string; photo: Photo }[] {
  return photos.flatMap((photo, i) => {
    const kind = photoKind(photo.mime);
    return kind ? [{ path: `photos/photo-${i + 1}.${kind}`, photo }] : [];
  });
}

/** "logo.png" (or .jpg) for a forum session's logo of a format a viewer shows. */
export function logoPath(logo: Photo | undefined): string | undefined {
  const kind = logo && photoKind(logo.mime);
  return kind ? `logo.${kind}` : undefined;
}

export async function renderMarkdownZip(
  model: ReportModel,
  mdName: string,
  photos: readonly Photo[],
  logo?: Photo,
): Promise<Buffer> {
  const files = photoPaths(photos);
  const logoSrc = logoPath(logo);
  const zip = new JSZip();
  zip.file(mdName, renderMarkdown(model, { photoSrcs: files.map((f) => f.path), ...(logoSrc ? { logoSrc } : {}) }));
  for (const f of files) zip.file(f.path, f.photo.data);
  if (logo && logoSrc) zip.file(logoSrc, logo.data);
  // Pictures are already compressed; the text is not.
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The .md text and the pictures of a Markdown zip, for the CLI that writes them as files. */
export async function unpackMarkdownZip(
  zipped: Buffer,
): Promise<{ md: string; files: { path: string; data: Buffer }[] }> {
  const zip = await JSZip.loadAsync(zipped);
  let md = '';
  const files: { path: string; data: Buffer }[] = [];
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    if (path.endsWith('.md')) md = await entry.async('string');
    else files.push({ path, data: Buffer.from(await entry.async('uint8array')) });
  }
  return { md, files };
}
