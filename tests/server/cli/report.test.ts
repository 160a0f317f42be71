// `palabre report`: an archive file in, a report file out, in each format; bad input gives exit 1
// and a message that says what is wrong.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { reportCommand } from '../../../server/cli/report.js';
import { makePng } from '../../fixtures/report/photo.js';
import { pdfText } from '../../fixtures/report/pdfText.js';
import { openDocx } from '../../fixtures/report/docxXml.js';
import { SEED_TITLE, seedSession } from '../../fixtures/report/seedSession.js';

const dir = mkdtempSync(join(tmpdir(), 'palabre-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

const b = seedSession('fr');
const archivePath = join(dir, 'archive.json');
writeFileSync(
  archivePath,
  JSON.stringify({
    version: 1,
    code: b.state.code,
    definition: b.state.definition,
    state: b.state,
    events: b.events,
    photo: { mime: 'image/png', base64: makePng().toString('base64') },
  }),
);

describe('palabre report', () => {
  it.each(['docx', 'pdf', 'html', 'md', 'csv'] as const)('writes the %s report', async (format) => {
    const out = join(dir, `r.${format}`);
    const c = capture();
    expect(await reportCommand([archivePath, '--format', format, '--out', out], c.io)).toBe(0);
    expect(c.err).toEqual([]);
    expect(c.out.join('')).toContain(out);
    const bytes = readFileSync(out);
    switch (format) {
      case 'docx':
        expect((await openDocx(bytes)).text).toContain(SEED_TITLE);
        expect((await openDocx(bytes)).files.some((f) => f.startsWith('word/media/'))).toBe(true);
        break;
      case 'pdf':
        expect(pdfText(bytes)).toContain(SEED_TITLE);
        expect(bytes.toString('latin1')).toMatch(/\/Subtype \/Image/);
        break;
      case 'html':
        expect(bytes.toString('utf8')).toContain('<img src="data:image/png;base64,');
        expect(bytes.toString('utf8')).toContain('Réponses à la question principale');
        break;
      case 'md':
        // The photo is written beside the .md and linked, not embedded as base64.
        expect(bytes.toString('utf8')).toContain('## Intervenant(e)s');
        expect(bytes.toString('utf8')).toContain('](<photos/photo-1.png>)');
        expect(
          readFileSync(join(dirname(out), 'photos/photo-1.png'))
            .subarray(1, 4)
            .toString('latin1'),
        ).toBe('PNG');
        break;
      case 'csv':
        expect(bytes.toString('utf8').startsWith('\uFEFFTour,Question')).toBe(true);
        break;
    }
  });

  it('dates the report by the end of the session, so the same archive gives the same report', async () => {
    const c = capture();
    await reportCommand([archivePath, '--out', join(dir, 'a.md')], c.io);
    await reportCommand([archivePath, '--out', join(dir, 'b.md')], c.io);
    const a = readFileSync(join(dir, 'a.md'), 'utf8');
    expect(a).toBe(readFileSync(join(dir, 'b.md'), 'utf8'));
    expect(a).toContain('le 8 octobre 2021 à 21h30 (heure de Séoul)');
  });

  it('takes the format from the output file name', async () => {
    const c = capture();
    expect(await reportCommand([archivePath, `--out=${join(dir, 'inferred.html')}`], c.io)).toBe(0);
    expect(readFileSync(join(dir, 'inferred.html'), 'utf8').startsWith('<!doctype html>')).toBe(true);
  });

  it('writes text formats to stdout with --out -', async () => {
    const c = capture();
    expect(await reportCommand([archivePath, '--format', 'md', '--out', '-'], c.io)).toBe(0);
    expect(c.out.join('')).toContain('# Rapport');
  });

  it.each([
    ['garbage JSON', 'garbage', 'not valid JSON'],
    ['a JSON file that is not an archive', '{"hello":"world"}', 'not a valid Palabre archive'],
  ])('exits 1 on %s', async (_what, content, message) => {
    const path = join(dir, `bad-${message.length}.json`);
    writeFileSync(path, content);
    const c = capture();
    expect(await reportCommand([path, '--format', 'docx', '--out', join(dir, 'never.docx')], c.io)).toBe(1);
    expect(c.err.join('')).toContain(message);
    expect(c.out).toEqual([]);
  });

  it.each([
    [[], 'missing the archive file'],
    [['a.json', '--format', 'odt'], 'unknown format "odt"'],
    [['a.json', '--format'], '--format needs a value'],
    [['a.json', '--out', 'r.odt'], 'cannot tell the format'],
    [['a.json', '--verbose'], 'unknown option --verbose'],
    [['a.json', 'b.json'], 'unexpected argument b.json'],
  ])('exits 1 on bad arguments %j', async (args, message) => {
    const c = capture();
    expect(await reportCommand(args, c.io)).toBe(1);
    expect(c.err.join('')).toContain(message);
  });

  it('exits 1 when the archive file does not exist', async () => {
    const c = capture();
    expect(await reportCommand([join(dir, 'missing.json')], c.io)).toBe(1);
    expect(c.err.join('')).toMatch(/cannot read archive .*missing\.json/);
  });

  it('refuses to send a binary format to stdout', async () => {
    const c = capture();
    expect(await reportCommand([archivePath, '--format', 'pdf', '--out', '-'], c.io)).toBe(1);
    expect(c.err.join('')).toContain('use --out');
  });
});
