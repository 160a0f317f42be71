// `palabre import-brief`: a brief in text, a missing file, and a .docx written with the docx package.
// (The seed brief beside the repository: tests/acceptance/seeds/seedCliImportBrief.test.ts.)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBriefCommand } from '../../../server/cli/importBrief.js';
import { parseDefinition, type SessionDefinition } from '../../../shared/definition.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FRENCH_BRIEF = resolve(repoRoot, 'tests/fixtures/briefs/fr-atelier.txt');

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await importBriefCommand(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

function definitionOf(stdout: string): SessionDefinition {
  const r = parseDefinition(JSON.parse(stdout));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.definition;
}

const DOCX_PARAGRAPHS: (string | [string, string])[] = [
  ['Session title: ', 'Innovative Partnerships in the Territories'],
  ['Date: ', '8 October 2021, 20:00-21:30 Seoul'],
  ['Language: ', 'French'],
  'Main question',
  'How can the SSE co-create solutions to global challenges?',
  'Round 1',
  'How have partnerships worked to date?',
  'What is the role of governments?',
  'Round 2',
  'Who should promote alliances?',
  ['Moderator: ', 'Kevin Ossah / OJEDD'],
  'Speakers:',
  "Ben Amar Zeghadi, CRESS Mayotte (France): Hub de l'ESS",
  'Maud Caruhel, Région Nouvelle-Aquitaine (France): Convention quadripartite',
];

describe('import-brief command', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'palabre-brief-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the definition of a text brief as JSON and its warnings on stderr', async () => {
    const { code, stdout, stderr } = await run([FRENCH_BRIEF]);
    expect(code).toBe(0);
    const d = definitionOf(stdout);
    expect(d.title).toBe("Coopératives d'énergie citoyenne : partager le soleil dans les quartiers populaires");
    expect(d.speakers.map((s) => s.name)).toEqual([
      'Léa Marchetti',
      'Youssef Benali',
      'Samuel Kouassi',
      'Geneviève Tremblay',
    ]);
    expect(stdout).toContain('\n  "title": ');
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      'warning: No event (forum, city, year) found.',
      'warning: Speaker 1 (Léa Marchetti): no country found.',
      'warning: Speaker 3 (Samuel Kouassi): no country found.',
    ]);
  });

  it('fails with exit code 1 and a clear message for a missing file', async () => {
    const missing = join(dir, 'nope.txt');
    const { code, stdout, stderr } = await run([missing]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`import-brief: cannot read ${missing}: no such file\n`);
  });

  it('fails with exit code 1 without a file argument', async () => {
    const { code, stderr } = await run([]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/expected exactly one brief file/);
  });

  it('reads a .docx through mammoth', async () => {
    const doc = new Document({
      sections: [
        {
          children: DOCX_PARAGRAPHS.map((p) =>
            typeof p === 'string'
              ? new Paragraph({ children: [new TextRun(p)] })
              : new Paragraph({ children: [new TextRun({ text: p[0], bold: true }), new TextRun(p[1])] }),
          ),
        },
      ],
    });
    const file = join(dir, 'brief.docx');
    await writeFile(file, await Packer.toBuffer(doc));
    const { code, stdout } = await run([file]);
    expect(code).toBe(0);
    const d = definitionOf(stdout);
    expect(d.title).toBe('Innovative Partnerships in the Territories');
    expect([d.date, d.startTime, d.endTime, d.timeZone, d.language]).toEqual([
      '2021-10-08',
      '20:00',
      '21:30',
      'Asia/Seoul',
      'fr',
    ]);
    expect(d.mainQuestion).toBe('How can the SSE co-create solutions to global challenges?');
    expect(d.rounds.map((r) => r.questions.map((q) => q.text))).toEqual([
      ['How have partnerships worked to date?', 'What is the role of governments?'],
      ['Who should promote alliances?'],
    ]);
    expect(d.moderator).toEqual({ name: 'Kevin Ossah', organization: 'OJEDD', country: '' });
    expect(d.speakers.map((s) => [s.name, s.organization, s.country, s.talkTitle])).toEqual([
      ['Ben Amar Zeghadi', 'CRESS Mayotte', 'France', "Hub de l'ESS"],
      ['Maud Caruhel', 'Région Nouvelle-Aquitaine', 'France', 'Convention quadripartite'],
    ]);
  });

  it('rejects a .docx that is not a Word document', async () => {
    const file = join(dir, 'fake.docx');
    await writeFile(file, 'just text');
    const { code, stderr } = await run([file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read .*fake\.docx: not a \.docx file/);
  });

  it('reads a Windows-1252 text file and says so', async () => {
    const file = join(dir, 'latin1.txt');
    await writeFile(file, Buffer.from('Titre de la session : Économie sociale\nLangue : français\n', 'latin1'));
    const { code, stdout, stderr } = await run([file]);
    expect(code).toBe(0);
    expect(definitionOf(stdout).title).toBe('Économie sociale');
    expect(stderr).toMatch(/not valid UTF-8/);
  });
});
