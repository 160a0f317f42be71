// Each speaker's summary: the rapporteur's notes split into bullet points (nesting and numbering
// are covered by notesStructure.test.ts).
import { describe, expect, it } from 'vitest';
import { noteBullets } from '../../../shared/report/lines.js';
import { buildReport } from '../../../shared/report/model.js';
import { SessionBuilder } from '../../fixtures/report/builder.js';
import { SEED_NOTES, SEED_NOW, seedSession } from '../../fixtures/report/seedSession.js';

const flat = (lines: readonly string[]) => ({
  ordered: false,
  start: 1,
  items: lines.map((text) => ({ text, children: null })),
});

describe('presentation summaries', () => {
  it('gives one bullet per note line, typed dashes and blank lines dropped', () => {
    const s = buildReport(seedSession('fr').state, SEED_NOW).sections.find((x) => x.kind === 'summaries');
    expect(s?.kind === 'summaries' && s.summaries).toEqual([
      { speakerId: 'ben', name: 'Ben Amar Zeghadi', notes: flat(SEED_NOTES.ben) },
      { speakerId: 'maud', name: 'Maud Cahurel', notes: flat(SEED_NOTES.maud) },
      { speakerId: 'roderick', name: 'Rodérick Egal', notes: flat(SEED_NOTES.roderick) },
    ]);
  });

  it('keeps a speaker without notes, with no bullets, so the structure is there to fill in', () => {
    const b = new SessionBuilder('NTS', { speakers: [{ id: 'a', name: 'A' }] }, 0);
    const s = buildReport(b.state, 0).sections.find((x) => x.kind === 'summaries');
    expect(s?.kind === 'summaries' && s.summaries).toEqual([{ speakerId: 'a', name: 'A', notes: flat([]) }]);
  });

  it('strips the bullet markers people type, but not a leading minus sign', () => {
    expect(noteBullets('• one\r\n* two\n  - three\n1. four\n2) five\n-5 % de récession\n\n   \n')).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
      '-5 % de récession',
    ]);
  });
});
