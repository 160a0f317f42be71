// `palabre import-brief <file>`: reads a session brief (.txt, .md or .docx), prints the session
// definition as JSON on stdout (ready for POST /api/sessions or the setup editor), and what the
// moderator should check — warnings and text that was not recognised — on stderr.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { docxBriefText, isZip } from '../brief/docxText.js';
import { importBrief } from '../../shared/brief/importBrief.js';
import { formatBriefWarning } from '../../shared/brief/warnings.js';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const USAGE = `Usage: palabre import-brief <brief.txt|brief.md|brief.docx>
Prints the session definition read from the brief as JSON on stdout;
warnings and unrecognised text go to stderr.
`;

/** Thrown for input that exists but cannot be turned into text; the message is for the user. */
class UnreadableError extends Error {}

export async function importBriefCommand(args: string[], io: CliIo): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  const options = args.filter((a) => a.startsWith('-'));
  if (options.length) {
    io.stderr(`import-brief: unknown option ${options[0]}\n${USAGE}`);
    return 1;
  }
  const [file, ...extra] = args;
  if (!file || extra.length) {
    io.stderr(`import-brief: expected exactly one brief file.\n${USAGE}`);
    return 1;
  }

  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (e) {
    io.stderr(`import-brief: cannot read ${file}: ${describeFsError(e)}\n`);
    return 1;
  }

  const notes: string[] = [];
  let text: string;
  try {
    text = await extractText(file, buffer, notes);
  } catch (e) {
    const why =
      e instanceof UnreadableError
        ? e.message
        : `not a readable document (${e instanceof Error ? e.message : String(e)})`;
    io.stderr(`import-brief: cannot read ${file}: ${why}\n`);
    return 1;
  }

  const result = importBrief(text);
  io.stdout(`${JSON.stringify(result.definition, null, 2)}\n`);
  // In English, like the rest of the command's output.
  for (const w of [...notes, ...result.warnings.map((w) => formatBriefWarning(w, 'en'))]) io.stderr(`warning: ${w}\n`);
  for (const u of result.unrecognized) io.stderr(`unrecognized: ${u}\n`);
  return 0;
}

function describeFsError(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

async function extractText(file: string, buffer: Buffer, notes: string[]): Promise<string> {
  const ext = extname(file).toLowerCase();
  if (ext === '.doc') throw new UnreadableError('old Word .doc files are not supported; save it as .docx');
  if (ext === '.pdf')
    throw new UnreadableError('PDF is not supported; save the brief as .docx or copy its text into a .txt file');
  // A .docx is a ZIP archive; one renamed to .txt is still read as Word.
  const wantsWord = ext === '.docx' || (isZip(buffer) && ext !== '.txt' && ext !== '.md');
  if (wantsWord) {
    if (!isZip(buffer)) throw new UnreadableError('not a .docx file (it is not a ZIP archive)');
    // The same reading as the upload endpoint: through HTML, so speaker tables keep their columns.
    try {
      return await docxBriefText(buffer);
    } catch (e) {
      throw new UnreadableError(`not a readable .docx file (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  return decodeText(buffer, notes);
}

/** UTF-8 as a rule; UTF-16 when it has a byte-order mark; Windows-1252 for old exports that are not UTF-8. */
function decodeText(buffer: Buffer, notes: string[]): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    notes.push('The file is not valid UTF-8; it was read as Windows-1252 (check the accents).');
    return new TextDecoder('windows-1252').decode(buffer);
  }
}
