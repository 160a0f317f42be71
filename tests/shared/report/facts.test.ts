// The facts block: title, type, language name, date and time in the session's language and zone,
// and the participant figure (the phones that joined, unless the rapporteur sets it).
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/model.js';
import type { ReportFact, ReportModel } from '../../../shared/report/types.js';
import { SessionBuilder } from '../../fixtures/report/builder.js';
import { SEED_NOW, SEED_TITLE, seedSession } from '../../fixtures/report/seedSession.js';

function facts(m: ReportModel): Record<ReportFact['key'], string> {
  const s = m.sections.find((x) => x.kind === 'facts');
  if (s?.kind !== 'facts') throw new Error('no facts');
  return Object.fromEntries(s.facts.map((f) => [f.key, f.value])) as Record<ReportFact['key'], string>;
}

describe('report facts', () => {
  it('reads like the seed report in French', () => {
    expect(facts(buildReport(seedSession('fr').state, SEED_NOW))).toEqual({
      title: SEED_TITLE,
      sessionType: 'Session auto-organisée',
      language: 'Français',
      date: '8 octobre 2021',
      time: '20h–21h30, heure de Séoul',
      participants: '19 + live',
    });
  });

  it('names the language and formats the date in English for an English session', () => {
    expect(facts(buildReport(seedSession('en').state, SEED_NOW))).toMatchObject({
      language: 'English',
      date: 'October 8, 2021',
      time: '8:00–9:30 pm Seoul time',
    });
  });

  it('counts the phones that joined unless the rapporteur sets the figure', () => {
    const b = new SessionBuilder('CNT', { language: 'fr', identity: 'anonymous' }, 0);
    for (const id of ['a', 'b', 'c', 'd']) b.join(id, { name: '', anonymous: true });
    expect(facts(buildReport(b.state, 0)).participants).toBe('4');
    // The figure the rapporteur types is the figure: never "4 + 19 + live".
    b.rap({ type: 'participantsExtra:set', text: '19 + live' });
    expect(facts(buildReport(b.state, 0)).participants).toBe('19 + live');
    // A text starting with "+" adds to the count, its "+" not doubled ("4 + live", never "4 + + live").
    b.rap({ type: 'participantsExtra:set', text: '+ live' });
    expect(facts(buildReport(b.state, 0)).participants).toBe('4 + live');
    b.rap({ type: 'participantsExtra:set', text: '' });
    expect(facts(buildReport(b.state, 0)).participants).toBe('4');
  });

  it('dates a session without a planned date by its creation day in its own time zone', () => {
    // 16:00 UTC on 8 October is already 9 October in Seoul.
    const b = new SessionBuilder('TZ', { language: 'es', timeZone: 'Asia/Seoul' }, Date.parse('2021-10-08T16:00:00Z'));
    expect(facts(buildReport(b.state, 0))).toMatchObject({
      date: '9 de octubre de 2021',
      language: 'Español',
      time: '',
    });
  });
});
