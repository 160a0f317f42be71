// The CSV export: every answer but withdrawn ones, one row each, with the columns the rapporteur
// sorts by (whether it is in the report among them), UTF-8 with a BOM and CRLF records for Excel.
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../../shared/report/csv.js';
import { parseCsv } from '../../fixtures/report/csvParse.js';
import { SEED_MAIN_ANSWERS, SEED_MAIN_QUESTION_FR, seedSession } from '../../fixtures/report/seedSession.js';

describe('CSV export', () => {
  const csv = renderCsv(seedSession('fr').state);
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));

  it('starts with a BOM and a header in the session language', () => {
    expect(
      csv.startsWith(
        '\uFEFFTour,Question,Nom complet,Organisation,Pays,Réponse,Heure,Masquée,Mise en avant,Dans le rapport,Recueilli,Langue,Texte original,Thème,Message clé\r\n',
      ),
    ).toBe(true);
  });

  it('has one row per answer, hidden and excluded ones included, withdrawn ones not', () => {
    // 6 main answers (4 kept + hidden + excluded) and 4 guiding ones.
    expect(rows).toHaveLength(1 + 10);
    expect(rows.some((r) => r[5] === 'réponse envoyée par erreur')).toBe(false);
    expect(rows.find((r) => r[5] === 'publicité pour mon site')?.slice(7, 10)).toEqual(['oui', 'non', 'non']);
    // Left out by the rapporteur: listed, and marked as not in the report.
    expect(rows.find((r) => r[5] === 'test test')?.slice(7, 10)).toEqual(['non', 'non', 'non']);
  });

  it('gives round, question, who, the corrected answer, the local time and the flags', () => {
    expect(rows[2]).toEqual([
      'Question principale',
      SEED_MAIN_QUESTION_FR,
      'Ben Zeghadi',
      'CRESS Mayotte',
      'France',
      SEED_MAIN_ANSWERS[1].text,
      '2021-10-08 20:39',
      'non',
      'non',
      'oui',
      '',
      'fr',
      // The participant's own text beside the rapporteur's correction.
      'actions doivent etre imaginee en fonction des forces locales: force politique + argent + belle idee',
      '',
      'non',
    ]);
    expect(rows[1]?.slice(7, 10)).toEqual(['non', 'oui', 'oui']);
    expect(rows.find((r) => r[0] === 'Tour 2')?.slice(1, 3)).toEqual([
      '2. Comment les alliances locales et internationales peuvent-elles aider à mieux sortir de crises comme celle du COVID-19 ?',
      'Maud Cahurel',
    ]);
    expect(rows.find((r) => r[5] === 'Financer les réseaux, pas seulement les projets.')?.[2]).toBe('anonyme');
  });
});
