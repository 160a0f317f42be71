// A French brief numbering its guiding questions 1-10 across "Série 1" and "Série 2".
import { describe, expect, it } from 'vitest';
import { expectValid, importFixture, questionTexts } from './helpers.js';

describe('questions numbered 1-10 across rounds', () => {
  const { definition: d } = importFixture('continued-numbering.txt');

  it('restarts ids in each round and joins a question wrapped over two lines', () => {
    expectValid(d);
    expect(d.rounds.map((r) => r.title)).toEqual(['Série 1', 'Série 2']);
    expect(d.rounds.map((r) => r.questions.map((q) => q.id))).toEqual([
      ['r1q1', 'r1q2', 'r1q3', 'r1q4', 'r1q5'],
      ['r2q1', 'r2q2', 'r2q3', 'r2q4', 'r2q5'],
    ]);
    expect(questionTexts(d)).toEqual([
      [
        'Quelles initiatives locales vous semblent les plus prometteuses ?',
        'Quels freins rencontrent-elles ?',
        'Comment les financer ?',
        'Quel rôle pour les collectivités ?',
        'Comment mesurer leur impact environnemental et social ?',
      ],
      [
        "Comment passer de l'expérimentation à l'échelle ?",
        'Quelles alliances nouer avec le secteur privé ?',
        'Comment associer les habitants ?',
        'Quelles politiques européennes mobiliser ?',
        'Quelle priorité pour les cinq prochaines années ?',
      ],
    ]);
  });

  it('reads "9h30-11h Paris" and "Claire Martin / ESS France"', () => {
    expect([d.date, d.startTime, d.endTime, d.timeZone]).toEqual(['2022-11-14', '09:30', '11:00', 'Europe/Paris']);
    expect(d.moderator).toEqual({ name: 'Claire Martin', organization: 'ESS France', country: '' });
    expect(d.speakers.map((s) => [s.name, s.organization, s.country])).toEqual([
      ['Paul Durand', 'Enercoop', 'France'],
      ['Sofia Rossi', 'Legacoop', 'Italie'],
    ]);
  });
});
