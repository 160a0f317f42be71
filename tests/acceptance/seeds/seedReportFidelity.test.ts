// The seed fixture is the real report's content: every text it feeds the session is found verbatim
// in the rapporteur's report from the forum (seeds/001), so the tests exercise real input.
import { describe, expect, it } from 'vitest';
import {
  SEED_AUDIENCE,
  SEED_MAIN_ANSWERS,
  SEED_MAIN_QUESTION_FR,
  SEED_NOTES,
  SEED_TITLE,
} from '../../fixtures/report/seedSession.js';
import { seedReportText, seedsPresent } from './seeds.js';

describe.skipIf(!seedsPresent)('seed fixture', () => {
  it('takes its texts from the seed report', () => {
    // The extracted text wraps lines with a leading space; compare with whitespace collapsed.
    const seed = seedReportText().replace(/\s+/g, ' ');
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    const texts = [
      SEED_TITLE,
      ...SEED_MAIN_QUESTION_FR.split('\n'),
      ...SEED_MAIN_ANSWERS.flatMap((a) => [a.name, a.organization, a.text]),
      ...SEED_AUDIENCE.flatMap((q) => [q.text, ...q.replies.flatMap((r) => [r.by, r.gist])]),
      ...Object.values(SEED_NOTES).flat(),
      'Ben Amar Zeghadi (CRESS Mayotte, France)',
      'Maud Cahurel (Nouvelle Aquitaine, France)',
      'Rodérick Egal (iesMed)',
      'Kevin Ossah',
      '19 + live',
    ].filter(Boolean);
    for (const t of texts) expect(seed, t).toContain(norm(t));
  });
});
