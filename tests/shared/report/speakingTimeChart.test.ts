// The speaking-time chart under the speakers: planned against spoken minutes, from the session's
// definition and its turns (the forum fixture: Léa 14:05–14:16, Youssef 14:16–14:26 less a minute's
// pause, Geneviève 14:26–14:36 when the main question took the floor).
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../shared/report/html.js';
import { buildReport } from '../../../shared/report/model.js';
import { SessionBuilder } from '../../fixtures/report/builder.js';
import { FORUM_NOW, forumSession } from '../../fixtures/report/forumSession.js';

describe('speaking-time chart', () => {
  const model = buildReport(forumSession('fr').state, FORUM_NOW);
  const speakers = model.sections.find((s) => s.kind === 'speakers');
  if (speakers?.kind !== 'speakers') throw new Error('no speakers section');

  it('draws each speaker’s planned and spoken minutes', () => {
    expect(speakers.speakers.map((s) => [s.name, s.plannedMinutes, s.spokenMinutes])).toEqual([
      ['Léa Marchetti', 10, 11],
      ['Youssef Benali', 8, 9],
      ['Geneviève Tremblay', 8, 10],
    ]);
    const svg = speakers.chart?.svg ?? '';
    // In drawing order, after the legend's three entries: name, planned, spoken.
    const drawn = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).slice(3);
    expect(drawn).toEqual([
      'Léa Marchetti',
      '10 min',
      '11 min',
      'Youssef Benali',
      '8 min',
      '9 min',
      'Geneviève Tremblay',
      '8 min',
      '10 min',
    ]);
    expect(svg).toContain('>Prévu<');
    expect(svg).toContain('>Parlé<');
    // Everyone went over: the legend names the over-time colour.
    expect(svg).toContain('>Parlé, au-delà du prévu<');
  });

  it('sits in the HTML speakers section, after the table', () => {
    const html = renderHtml(model);
    const section = /<section class="speakers">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(section.indexOf('<table class="speakers">')).toBeLessThan(section.indexOf('data-chart="speakingTime"'));
  });

  it('is left out while no speaker has taken the floor', () => {
    const b = new SessionBuilder('NOTURN', { title: 'x', speakers: [{ id: 's', name: 'Ana', minutes: 5 }] }, 0);
    const s = buildReport(b.state, 0).sections.find((x) => x.kind === 'speakers');
    expect(s?.kind === 'speakers' && s.chart).toBeUndefined();
  });
});
