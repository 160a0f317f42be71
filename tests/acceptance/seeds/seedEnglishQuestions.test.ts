// The English seed brief: main question and the five guiding questions of each round.
import { describe, expect, it } from 'vitest';
import { questionTexts } from '../../shared/brief/helpers.js';
import { ENGLISH_SEED, importSeed, seedsPresent } from './seeds.js';

describe.skipIf(!seedsPresent)('English seed brief: questions', () => {
  const { definition: d } = importSeed(ENGLISH_SEED);

  it('reads the main question', () => {
    expect(d.mainQuestion).toBe(
      'How can the different sectors and actors of the SSE co-create, from the local level, solutions to global challenges?',
    );
  });

  it('puts Round 1 and Round 2 questions in their rounds, with stable ids', () => {
    expect(d.rounds.map((r) => [r.id, r.title])).toEqual([
      ['r1', 'Round 1'],
      ['r2', 'Round 2'],
    ]);
    expect(d.rounds[1]?.questions.map((q) => q.id)).toEqual(['r2q1', 'r2q2', 'r2q3', 'r2q4', 'r2q5']);
    expect(questionTexts(d)).toEqual([
      [
        'How have the partnerships that exist in the SSE worked to date? Should they change?',
        'What is the tangible and real benefit of research and intercooperation networks in the social sector of the economy?',
        'What is the role of governments in fostering international inter-cooperation between different actors and sectors?',
        'How to create thematic networks on aspects relevant to the SSE that contribute to informing, updating, and promoting exchanges among its members?',
        'How to promote alliances, from the SSE, with other sectors and actors that are not necessarily involved in this other way of doing economy?',
      ],
      [
        // A blank line separates questions 1 and 2 in the seed; it must not merge or drop them.
        'Who are the key organizations that should promote the creation and development of alliances for the achievement of SSE objectives?',
        'How can the development of local and international alliances lead to a better recovery from crises such as the one caused by COVID-19?',
        'What is the role of international organizations such as the OECD, EC, ILO, among others in these efforts?',
        'What can the SSE ecosystems at the international, national, and local levels contribute?',
        'What are the most pressing challenges for the creation of partnerships in the international framework?',
      ],
    ]);
  });
});
