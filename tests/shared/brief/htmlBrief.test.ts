// A brief pasted from a web page as a single line of HTML.
import { describe, expect, it } from 'vitest';
import { importBrief } from '../../../shared/brief/importBrief.js';
import { expectValid, questionTexts } from './helpers.js';

const HTML =
  '<h1>GSEF 2021 Mexico City</h1><p><strong>Session title:</strong> Cities &amp; the social economy</p>' +
  '<p><strong>Date:</strong> 8 October 2021, 11:00&ndash;12:30 UTC</p><p><strong>Language:</strong> English</p>' +
  '<h2>Main question</h2><p>What can cities do?</p><h2>Guiding questions</h2><h3>Round 1</h3>' +
  '<ol><li>What works?</li><li>What does not?</li></ol><h3>Round 2</h3><ul><li>What next?</li></ul>' +
  '<p><strong>Moderator:</strong> Kevin Ossah / OJEDD</p><p><strong>Speakers:</strong></p>' +
  '<ul><li>Ana Pérez, Ayuntamiento de Bilbao (Spain): Local alliances</li></ul>';

describe('HTML brief on one line', () => {
  it('reads the structure from the block tags', () => {
    const { definition: d, unrecognized } = importBrief(HTML);
    expectValid(d);
    expect(d.title).toBe('Cities & the social economy');
    expect([d.date, d.startTime, d.endTime, d.timeZone]).toEqual(['2021-10-08', '11:00', '12:30', 'UTC']);
    expect(d.mainQuestion).toBe('What can cities do?');
    expect(questionTexts(d)).toEqual([['What works?', 'What does not?'], ['What next?']]);
    expect(d.moderator.name).toBe('Kevin Ossah');
    expect(d.speakers.map((s) => [s.name, s.organization, s.country, s.talkTitle])).toEqual([
      ['Ana Pérez', 'Ayuntamiento de Bilbao', 'Spain', 'Local alliances'],
    ]);
    expect(unrecognized).toEqual([]);
  });
});
