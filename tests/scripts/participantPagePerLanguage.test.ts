// The participant's page is built once per interface language (vite.config.ts, onlyLanguage): each
// page's inlined script holds every string of its language and none of the other languages'.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { common } from '../../client/i18n/common.js';
import { participant } from '../../client/i18n/participant.js';
import { participantAudience } from '../../client/i18n/participantAudience.js';
import { participantJoin } from '../../client/i18n/participantJoin.js';
import { participantPolls } from '../../client/i18n/participantPolls.js';
import { ERROR_CODES, errorMessage } from '../../shared/errors.js';
import { LANGUAGES, type Language } from '../../shared/questions.js';
import { ParticipantPage } from '../../server/http/participantPage.js';

const root = resolve(__dirname, '../..');
let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'palabre-pages-'));
  for (const lang of LANGUAGES)
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', dist],
      {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'production', PALABRE_ENTRY: 'participant', PALABRE_LANG: lang },
      },
    );
}, 180_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** Every phone string of a language: the dictionaries the phone imports and the error messages. */
const strings = (l: Language) => [
  ...[common, participant, participantAudience, participantJoin, participantPolls].flatMap((d) => Object.values(d[l])),
  ...ERROR_CODES.map((c) => errorMessage(c, l)),
];
// Kept as written by the minifier: no quote, backslash or line break to be escaped.
const plain = (s: string) => !/['"`\\\n]/.test(s);

it('each language page holds its own strings and not the others’', () => {
  const pages = ParticipantPage.load(dist);
  expect(pages?.perLanguage).toBe(true);
  for (const lang of LANGUAGES) {
    const html = pages!.render(null, lang).body.toString('utf8');
    expect(html).toContain(`<html lang="${lang}">`);
    const script = /<script type="module">([\s\S]*)<\/script>/.exec(html)![1]!;
    const own = strings(lang).filter(plain);
    expect(own.length).toBeGreaterThan(150);
    expect(own.filter((s) => !script.includes(s))).toEqual([]);
    for (const other of LANGUAGES.filter((l) => l !== lang)) {
      const theirs = strings(other).filter((s) => plain(s) && s.length >= 12 && !strings(lang).includes(s));
      expect(theirs.length).toBeGreaterThan(80);
      expect(theirs.filter((s) => script.includes(s))).toEqual([]);
    }
  }
});
