// A brief in Spanish (fixture): Spanish headings, dates, "Ronda", "Moderadora", "Ponentes".
import { describe, expect, it } from 'vitest';
import { expectValid, importFixture, questionTexts } from './helpers.js';

describe('Spanish brief', () => {
  const { definition: d, warnings, unrecognized } = importFixture('spanish.md');

  it('reads the session fields', () => {
    expectValid(d);
    expect(d.event).toEqual({ forum: 'Foro Global de Economía Social', city: 'Bilbao', year: 2018, theme: '' });
    expect(d.title).toBe('Ciudades y economía social: alianzas para el desarrollo local');
    expect(d.sessionType).toBe('Taller');
    expect(d.language).toBe('es');
    expect([d.date, d.startTime, d.endTime, d.timeZone]).toEqual(['2018-10-03', '15:00', '16:30', 'Europe/Madrid']);
    expect(d.mainQuestion).toBe(
      '¿Cómo pueden las ciudades y la economía social construir juntas un desarrollo local inclusivo?',
    );
  });

  it('reads both rounds', () => {
    expect(d.rounds.map((r) => r.title)).toEqual(['Ronda 1', 'Ronda 2']);
    expect(questionTexts(d)).toEqual([
      [
        '¿Qué políticas locales han funcionado mejor para apoyar a la economía social?',
        '¿Qué papel juegan las redes de cooperativas en el diálogo con los gobiernos?',
        '¿Cómo se mide el impacto de estas alianzas?',
      ],
      [
        '¿Qué obstáculos impiden que estas alianzas duren más allá de un mandato?',
        '¿Cómo involucrar a la juventud en la economía social?',
        '¿Qué puede aportar la cooperación internacional entre ciudades?',
      ],
    ]);
  });

  it('reads the moderator and one-line speakers', () => {
    expect(d.moderator).toEqual({ name: 'Ana Pérez', organization: 'Ayuntamiento de Bilbao', country: 'España' });
    expect(d.speakers.map((s) => [s.name, s.organization, s.country, s.talkTitle])).toEqual([
      ['Carlos Ruiz', 'Corporación Mondragón', 'España', 'Cooperativas y territorio'],
      ['Lucía Gómez', 'Red de Economía Social de Bogotá', 'Colombia', 'Compras públicas responsables'],
      ['Jean Mbaye', 'Université Cheikh Anta Diop', 'Sénégal', 'La economía social en África occidental'],
    ]);
    expect(warnings).toEqual([]);
    expect(unrecognized).toEqual([]);
  });
});
