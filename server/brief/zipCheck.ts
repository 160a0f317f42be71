// A .docx is a ZIP archive; a small one can unpack to gigabytes (a decompression bomb). Before any
// conversion, its central directory — the table of contents at the end of every ZIP file — is read
// here (the format: PKWARE APPNOTE.TXT §4.3) and the declared sizes bounded; `checkActualSizes`
// then inflates each entry with a ceiling to prove the declarations true. No ZIP library is needed:
// jszip is only a dev dependency (mammoth brings its own copy), and this reader is a few lines.
import { inflateRawSync } from 'node:zlib';

/** Bounds for a Word brief, far above any real one (a 20-page brief unpacks to well under 1 MB). */
export const DOCX_LIMITS = {
  /** Entries in the archive. */
  maxEntries: 1_000,
  /** All entries unpacked (pictures included). */
  maxUnpackedBytes: 16 * 1024 * 1024,
  /** The XML parts (`*.xml`, `*.rels`) unpacked: what the converter parses. */
  maxXmlBytes: 4 * 1024 * 1024,
};
export type DocxLimits = typeof DOCX_LIMITS;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipVerdict =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; reason: 'invalid' | 'too_large'; detail: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const bad = (detail: string): ZipVerdict => ({ ok: false, reason: 'invalid', detail });
const big = (detail: string): ZipVerdict => ({ ok: false, reason: 'too_large', detail });
const isXml = (name: string) => /\.(xml|rels)$/i.test(name);

/** Reads the central directory and checks the declared sizes against `limits`. */
export function checkDeclaredSizes(buf: Buffer, limits: DocxLimits = DOCX_LIMITS): ZipVerdict {
  // The end-of-central-directory record: 22 bytes, then a comment of at most 65,535 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return bad('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) return bad('ZIP64 archives are not supported');
  if (count > limits.maxEntries) return big(`${count} entries`);
  if (cdOffset + cdSize > eocd) return bad('central directory out of bounds');
  const entries: ZipEntry[] = [];
  let total = 0;
  let xml = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) return bad('damaged central directory');
    const nameLength = buf.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    };
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) return bad('ZIP64 entry');
    total += entry.size;
    if (isXml(entry.name)) xml += entry.size;
    if (total > limits.maxUnpackedBytes) return big(`unpacks to more than ${limits.maxUnpackedBytes} bytes`);
    if (xml > limits.maxXmlBytes) return big(`XML parts unpack to more than ${limits.maxXmlBytes} bytes`);
    entries.push(entry);
  }
  return { ok: true, entries };
}

/**
 * Unpacks every entry with a ceiling of its declared size, so an archive that lies about its sizes
 * is refused before anything parses it. Memory used: at most the declared (already bounded) total.
 */
export function checkActualSizes(buf: Buffer, entries: readonly ZipEntry[]): ZipVerdict {
  for (const e of entries) {
    if (e.localOffset + 30 > buf.length || buf.readUInt32LE(e.localOffset) !== LOCAL) return bad('damaged entry');
    const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
    const data = buf.subarray(start, start + e.compressedSize);
    if (data.length !== e.compressedSize) return bad(`truncated entry ${e.name}`);
    if (e.method === 0) {
      if (e.compressedSize !== e.size) return bad(`stored entry ${e.name} has two sizes`);
      continue;
    }
    if (e.method !== 8) return bad(`entry ${e.name}: compression method ${e.method}`);
    let actual: number;
    try {
      actual = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) }).length;
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        return big(`entry ${e.name} is larger than declared`);
      return bad(`entry ${e.name} does not inflate`);
    }
    if (actual !== e.size) return bad(`entry ${e.name} is not the size declared`);
  }
  return { ok: true, entries: [...entries] };
}
