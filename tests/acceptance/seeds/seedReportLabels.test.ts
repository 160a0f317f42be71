// The French report labels are the forum template's own words: each is found in the rapporteur's
// filled-in report from the forum (seeds/001).
import { describe, expect, it } from 'vitest';
import { REPORT_LABELS } from '../../../shared/report/labels.js';
import { seedReportText, seedsPresent } from './seeds.js';

const TEMPLATE_KEYS = [
  'title',
  'sessionType',
  'language',
  'date',
  'time',
  'participants',
  'moderator',
  'speakers',
  'mainQuestion',
  'summaries',
  'mainAnswers',
  'audienceQuestions',
  'conclusion',
  'fullName',
  'organization',
  'country',
  'answer',
  'question',
] as const;

describe.skipIf(!seedsPresent)('report labels against the seed report', () => {
  it('finds every French template label in the seed report', () => {
    const seed = seedReportText();
    for (const key of TEMPLATE_KEYS) expect(seed, key).toContain(REPORT_LABELS.fr[key]);
  });
});
