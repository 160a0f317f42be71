// `palabre report <archive.json> --format docx|pdf|html|md|csv --out <file>`: a session's report
// from its archive, with no server running (e.g. on the rapporteur's laptop after the event).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { readArchive } from '../../shared/archive.js';
import { isReportFormat, renderReport, REPORT_FORMATS, type ReportFormat } from '../report/render.js';
import { unpackMarkdownZip } from '../report/markdownZip.js';
import type { Photo } from '../report/photo.js';

export interface CliIo {
  stdout: (text: string) => unknown;
  stderr: (text: string) => unknown;
}

export const REPORT_USAGE = `Usage: palabre report <archive.json> [--format ${REPORT_FORMATS.join('|')}] [--out <file>|-]
  Writes the session report from an archive (GET /api/sessions/<code>/archive).
  --format  defaults to the --out file's extension, else docx
  --out     defaults to "<report>-<code>.<format>" in the current folder; "-" writes to stdout
            (md with photos: the .md, and its photos/ folder beside it)
`;

type Args = { archive: string; format: ReportFormat | null; out: string | null } | { help: true } | { error: string };

export function parseReportArgs(args: string[]): Args {
  let archive: string | null = null;
  let format: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const [flag, inline] =
      a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, null];
    const value = (): string | null => inline ?? args[++i] ?? null;
    if (flag === '--help' || flag === '-h') return { help: true };
    if (flag === '--format' || flag === '-f') {
      format = value();
      if (format === null) return { error: '--format needs a value' };
    } else if (flag === '--out' || flag === '-o') {
      out = value();
      if (out === null) return { error: '--out needs a file name' };
    } else if (a.startsWith('-') && a !== '-') {
      return { error: `unknown option ${a}` };
    } else if (archive === null) {
      archive = a;
    } else {
      return { error: `unexpected argument ${a}` };
    }
  }
  if (archive === null) return { error: 'missing the archive file' };
  if (format !== null) {
    return isReportFormat(format)
      ? { archive, format, out }
      : { error: `unknown format "${format}" (expected ${REPORT_FORMATS.join(', ')})` };
  }
  const ext = out && out !== '-' ? extname(out).slice(1).toLowerCase() : '';
  if (!ext) return { archive, format: null, out };
  return isReportFormat(ext)
    ? { archive, format: ext, out }
    : { error: `cannot tell the format from "${out}": add --format` };
}

export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseReportArgs(args);
  if ('help' in parsed) {
    io.stdout(REPORT_USAGE);
    return 0;
  }
  if ('error' in parsed) {
    io.stderr(`palabre report: ${parsed.error}\n${REPORT_USAGE}`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(parsed.archive, 'utf8'));
  } catch (e) {
    const why = e instanceof SyntaxError ? 'it is not valid JSON' : e instanceof Error ? e.message : String(e);
    io.stderr(`palabre report: cannot read archive ${parsed.archive}: ${why}\n`);
    return 1;
  }
  const read = readArchive(json);
  if (!read.ok) {
    io.stderr(`palabre report: ${parsed.archive} is not a valid Palabre archive: ${read.error}\n`);
    return 1;
  }
  const { archive } = read;
  const format = parsed.format ?? 'docx';
  if (parsed.out === '-' && (format === 'docx' || format === 'pdf')) {
    io.stderr(`palabre report: a ${format} file cannot go to stdout; use --out <file>\n`);
    return 1;
  }
  const photos: Photo[] = (archive.photos ?? (archive.photo ? [archive.photo] : [])).map((p) => ({
    data: Buffer.from(p.base64, 'base64'),
    mime: p.mime,
  }));
  // A report made later is dated by when the session ended, not by when the command ran.
  const now =
    archive.state.endedAt ?? archive.events.reduce((latest, e) => Math.max(latest, e.at), archive.state.createdAt);
  let report: Awaited<ReturnType<typeof renderReport>>;
  try {
    report = await renderReport(archive.state, format, { now, photos, archive: json });
  } catch (e) {
    io.stderr(`palabre report: could not render the ${format} report: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  // Markdown with photos comes as a zip (the .md and photos/): the CLI writes them as files.
  const unpacked =
    typeof report.body !== 'string' && report.contentType === 'application/zip'
      ? await unpackMarkdownZip(report.body)
      : null;
  if (parsed.out === '-') {
    io.stdout(unpacked ? unpacked.md : typeof report.body === 'string' ? report.body : report.body.toString('utf8'));
    return 0;
  }
  const target = resolve(parsed.out ?? (unpacked ? report.filename.replace(/\.zip$/, '.md') : report.filename));
  try {
    if (unpacked) {
      await writeFile(target, unpacked.md);
      for (const f of unpacked.files) {
        const path = join(dirname(target), f.path);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, f.data);
      }
    } else await writeFile(target, report.body);
  } catch (e) {
    io.stderr(`palabre report: cannot write ${target}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  io.stdout(`Wrote ${target}\n`);
  return 0;
}
