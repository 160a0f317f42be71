// The second CSV file: audience questions with their replies, one row each, for the rapporteur
// who sorts and filters them in a spreadsheet. Withdrawn questions are left out; hidden, merged and
// excluded ones are listed and marked.
import { describe, expect, it } from 'vitest';
import { renderAudienceCsv } from '../../../shared/report/csv.js';
import { parseCsv } from '../../fixtures/report/csvParse.js';
import { SEED_AUDIENCE, seedSession } from '../../fixtures/report/seedSession.js';

describe('audience questions CSV', () => {
  const csv = renderAudienceCsv(seedSession('fr').state);
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
  const HEADER = [
    'Type',
    'Question',
    'Adressée à',
    'Nom complet',
    'Organisation',
    'Pays',
    'votes',
    'Heure',
    'Masquée',
    'Dans le rapport',
    'Répondu par',
    'Réponse',
  ];

  it('starts with a BOM and a header in the session language, CRLF between records', () => {
    expect(csv.startsWith(`\uFEFF${HEADER.join(',')}\r\n`)).toBe(true);
    expect(rows[0]).toEqual(HEADER);
  });

  it('lists each question, then one row per reply under it', () => {
    const first = rows.findIndex((r) => r[1] === SEED_AUDIENCE[0].text);
    expect(rows[first]?.[0]).toBe('Question');
    expect(rows[first]?.[2]).toBe('Ben Amar Zeghadi');
    expect(rows[first]?.[9]).toBe('oui');
    expect(Number(rows[first]?.[6])).toBeGreaterThan(0);
    expect(rows.slice(first + 1, first + 3).map((r) => [r[0], r[1], r[10], r[11]])).toEqual(
      SEED_AUDIENCE[0].replies.map((r) => ['Réponse', SEED_AUDIENCE[0].text, r.by, r.gist]),
    );
  });

  it('marks hidden and excluded questions, and leaves withdrawn ones out', () => {
    const spam = rows.find((r) => r[1] === 'achetez mes cryptos');
    expect(spam?.slice(8, 10)).toEqual(['oui', 'non']);
    expect(rows.find((r) => r[1] === 'la session est-elle enregistrée ?')?.slice(8, 10)).toEqual(['non', 'non']);
    expect(rows.some((r) => r[1] === 'question posée deux fois')).toBe(false);
  });
});
