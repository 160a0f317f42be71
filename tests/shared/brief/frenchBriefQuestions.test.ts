// The French brief fixture: a two-sentence main question, and guiding questions numbered 1 to 10
// across "Série 1" and "Série 2": two rounds of five, numbered again from 1.
import { describe, expect, it } from 'vitest';
import { importFixture, questionTexts } from './helpers.js';

describe('French brief: questions', () => {
  const { definition: d } = importFixture('fr-atelier.txt');

  it('reads the two-sentence main question', () => {
    expect(d.mainQuestion).toBe(
      "Comment les coopératives d'énergie peuvent-elles associer les habitants des quartiers populaires à la transition ? Quels partenariats faut-il construire avec les bailleurs et les collectivités ?",
    );
  });

  it('reads "Série 1" (1-5) and "Série 2" (6-10) as two rounds of five', () => {
    expect(d.rounds.map((r) => [r.id, r.title])).toEqual([
      ['r1', 'Série 1'],
      ['r2', 'Série 2'],
    ]);
    expect(d.rounds.map((r) => r.questions.map((q) => q.id))).toEqual([
      ['r1q1', 'r1q2', 'r1q3', 'r1q4', 'r1q5'],
      ['r2q1', 'r2q2', 'r2q3', 'r2q4', 'r2q5'],
    ]);
    expect(questionTexts(d)).toEqual([
      [
        'Comment avez-vous convaincu les premiers locataires de devenir sociétaires ?',
        'Quel rôle le bailleur social a-t-il joué dans le projet ?',
        "Comment fixez-vous le prix de l'électricité partagée ?",
        'Quelles règles nationales ont freiné ou aidé votre projet ?',
        'Comment les habitants participent-ils aux décisions de la coopérative ?',
      ],
      [
        'Quelles sources de financement ont rendu le projet possible ?',
        'Comment mesurez-vous les économies réalisées par les ménages ?',
        "Quelles alliances nouer avec les fournisseurs d'énergie historiques ?",
        'Que faudrait-il changer dans la loi pour multiplier ces projets ?',
        'Quel conseil donneriez-vous à une ville qui veut se lancer ?',
      ],
    ]);
  });
});
