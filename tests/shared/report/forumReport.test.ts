// The combined report's model: the forum's title page in its language, and the sessions in
// programme order (by date, then start time) whatever order they are given in, each with its own
// session report unchanged.
import { describe, expect, it } from 'vitest';
import { buildForumReport, forumDates } from '../../../shared/report/forumReport.js';
import { buildReport } from '../../../shared/report/model.js';
import { forumReportFixture } from '../../fixtures/report/forumReportFixture.js';

describe('combined forum report model', () => {
  it('orders the sessions by date and start time, whatever the order given', () => {
    const f = forumReportFixture();
    const states = f.sessions.map((s) => s.state);
    const expected = [...states]
      .sort((a, b) =>
        `${a.definition.date} ${a.definition.startTime} ${a.definition.title}`.localeCompare(
          `${b.definition.date} ${b.definition.startTime} ${b.definition.title}`,
          'und',
        ),
      )
      .map((s) => s.code);
    for (const order of [states, [...states].reverse()]) {
      const r = buildForumReport(f.settings, order, f.now);
      expect(r.sessions.map((s) => s.code)).toEqual(expected);
    }
  });

  it('holds each session’s own report and its date and time in its language', () => {
    const f = forumReportFixture();
    const r = buildForumReport(f.settings, [f.sessions[0]!.state], f.now);
    const s = f.sessions[0]!.state;
    expect(r.sessions[0]?.model).toEqual(buildReport(s, f.now));
    expect(r.sessions[0]?.title).toBe(s.definition.title);
    expect(r.sessions[0]?.when).toBe('21 mai 2024 · 14h');
  });

  it('words the title page in the forum’s language', () => {
    const f = forumReportFixture();
    const fr = buildForumReport(f.settings, [], f.now);
    expect(fr).toMatchObject({ name: f.settings.name, city: 'Bordeaux', dates: '18–20 novembre 2026' });
    expect(fr.labels.contents).toBe('Sommaire');
    const es = buildForumReport({ ...f.settings, language: 'es' }, [], f.now);
    expect(es.labels.contents).toBe('Índice');
    expect(es.dates).toBe('18–20 de noviembre de 2026');
  });

  it('writes one date, or none, when the forum has fewer', () => {
    expect(forumDates('2026-11-18', '', 'en')).toBe('November 18, 2026');
    expect(forumDates('', '', 'en')).toBe('');
    expect(forumDates('2026-11-18', '2026-11-18', 'fr')).toBe('18 novembre 2026');
  });
});
