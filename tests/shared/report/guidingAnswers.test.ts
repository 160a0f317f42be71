// Answers to the guiding questions, grouped by round and by question, numbered as in the brief.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/model.js';
import { SEED_NOW, seedSession } from '../../fixtures/report/seedSession.js';

describe('answers to the guiding questions', () => {
  it('groups the answers under their round and question', () => {
    const s = buildReport(seedSession('fr').state, SEED_NOW).sections.find((x) => x.kind === 'guidingAnswers');
    if (s?.kind !== 'guidingAnswers') throw new Error('no guiding answers');
    expect(s.rounds.map((r) => [r.title, r.questions.map((q) => q.number)])).toEqual([
      ['Tour 1', [1, 2, 3, 4, 5]],
      ['Tour 2', [1, 2, 3, 4, 5]],
    ]);
    const byQuestion = s.rounds.flatMap((r) =>
      r.questions
        .filter((q) => q.answers.length > 0)
        .map((q) => [q.id, q.answers.map((a) => [a.number, a.person.name, a.text])] as const),
    );
    expect(Object.fromEntries(byQuestion)).toEqual({
      r1q1: [[1, '', "Ils fonctionnent quand les collectivités s'engagent sur la durée."]],
      r1q3: [
        [1, 'Honoré Quantchi', 'Donner un cadre normatif et structurel fondé sur les besoins locaux.'],
        [2, '', 'Financer les réseaux, pas seulement les projets.'],
      ],
      r2q2: [[1, 'Maud Cahurel', 'Relocaliser : des tiers-lieux de télétravail en milieu rural.']],
    });
    expect(s.rounds[0]?.questions[1]?.text).toBe(
      "Quel est le bénéfice concret des réseaux de recherche et d'intercoopération dans l'économie sociale ?",
    );
  });
});
