// A Spanish concept note: unlabeled header lines, "hora del centro de México", "Primera ronda" /
// "Segunda ronda" over questions numbered 1–10, and the page header repeated inside the list.
import { describe, expect, it } from 'vitest';
import { expectValid, importFixture, questionTexts } from './helpers.js';

describe('Spanish concept note with an unlabeled header', () => {
  const { definition: d, warnings, unrecognized } = importFixture('es-nota-conceptual.txt');

  it('reads the event, city and sub-theme from the header lines', () => {
    expectValid(d);
    expect(d.event).toEqual({
      forum: 'Foro Global de Economía Social – GSEF',
      city: 'Ciudad de México',
      year: 2023,
      theme: 'Eje 2: Territorios solidarios y transición justa',
    });
  });

  it('takes the date in words and the named zone, not the forum’s range of days', () => {
    expect([d.date, d.startTime, d.endTime, d.timeZone]).toEqual([
      '2023-10-17',
      '10:00',
      '11:30',
      'America/Mexico_City',
    ]);
    expect(unrecognized).toEqual(['16 al 18 de octubre de 2023']);
  });

  it('splits questions 1–10 into the two named rounds, without the page header', () => {
    expect(d.rounds.map((r) => r.title)).toEqual(['Primera ronda', 'Segunda ronda']);
    const [first, second] = questionTexts(d);
    expect(first).toHaveLength(5);
    expect(second).toHaveLength(5);
    expect(second?.[1]).toBe('¿Cómo medir el impacto social de un crédito solidario en la vivienda?');
    expect(JSON.stringify(d.rounds)).not.toContain('GSEF');
    expect(warnings).toContainEqual({
      code: 'page_lines_removed',
      params: { count: 2, example: 'Foro Global de Economía Social – GSEF 2023' },
    });
  });

  it('finds the title, the moderator and the speakers', () => {
    expect(d.title).toBe('Finanzas solidarias para las cooperativas de vivienda');
    expect(d.sessionType).toBe('Taller');
    expect(d.language).toBe('es');
    expect(d.moderator).toEqual({
      name: 'Lucía Hernández',
      organization: 'Red de Vivienda Cooperativa',
      country: 'México',
    });
    expect(d.speakers.map((s) => [s.name, s.country])).toEqual([
      ['Jorge Ramírez', 'México'],
      ['Ana Souza', 'Brasil'],
    ]);
    expect(warnings.map((w) => w.code)).not.toContain('no_date');
    expect(warnings.map((w) => w.code)).not.toContain('no_time_zone');
  });
});
