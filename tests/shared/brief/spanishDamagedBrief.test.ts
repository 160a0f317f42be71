// The Spanish brief fixture as extraction leaves it: accents lost or turned into U+FFFD (also in the
// headings), a running page header and page numbers inside the first round and the speaker table,
// and a tab-separated speaker table whose header row names the columns.
import { describe, expect, it } from 'vitest';
import { expectValid, importFixture, questionTexts } from './helpers.js';

describe('Spanish brief with extraction damage', () => {
  const { definition: d, warnings, unrecognized } = importFixture('es-taller.txt');

  it('reads the event and the session fields under "SESI\uFFFDN DE TALLER" and "Fecha / Duraci\uFFFDn"', () => {
    expectValid(d);
    expect(d.event).toEqual({ forum: 'Foro de Economia Solidaria', city: 'Valparaiso', year: 2023, theme: '' });
    expect(d.title).toBe('Mercados campesinos y compras publicas: alimentar la ciudad desde la economia solidaria');
    expect(d.sessionType).toBe('Taller');
    expect(d.language).toBe('es');
    expect([d.date, d.startTime, d.endTime, d.timeZone]).toEqual(['2023-11-09', '10:00', '11:30', 'America/Santiago']);
    expect(d.mainQuestion).toBe(
      '¿Cómo pueden las ciudades comprar alimentos a la economia solidaria sin excluir a los pequenos productores?',
    );
  });

  it('reads two rounds of five, the page break inside round 1 left out', () => {
    expect(d.rounds.map((r) => r.title)).toEqual(['Ronda 1', 'Ronda 2']);
    expect(questionTexts(d)).toEqual([
      [
        '¿Que cambio hizo posible la primera compra publica a una cooperativa?',
        '¿Como se organizan los productores para responder a una licitacion?',
        '¿Que papel juegan las ferias libres en el abastecimiento de los barrios?',
        '¿Como se fijan precios justos para el productor y para la ciudad?',
        '¿Que apoyo tecnico necesitan las cooperativas mas pequenas?',
      ],
      [
        '¿Que normas nacionales habria que cambiar primero?',
        '¿Como asegurar que los contratos duren mas alla de un mandato?',
        '¿Que pueden aprender las ciudades unas de otras?',
        '¿Como medir el impacto en la alimentacion escolar?',
        '¿Que alianzas construir con las universidades?',
      ],
    ]);
  });

  it('reads the moderator and the speaker table, name column before organization (country)', () => {
    expect(d.moderator).toEqual({
      name: 'Diego Fuentes',
      organization: 'Red de Municipios Solidarios',
      country: 'Chile',
    });
    expect(d.speakers.map((s) => [s.name, s.organization, s.country, s.talkTitle])).toEqual([
      ['Valentina Rojas', 'Cooperativa Campesina del Maule', 'Chile', 'Del campo a la escuela'],
      ['Mateo Quispe', 'Central de Ferias Libres de Cusco', 'Peru', 'Ferias libres y abastecimiento de barrio'],
      ['Camila Duarte', 'Alcaldia de Medellin', 'Colombia', 'Compras publicas con enfoque solidario'],
    ]);
    expect(d.speakers[1]?.description).toBe(
      'Las ferias libres de Cusco venden cada semana los productos de mas de trescientas familias campesinas.',
    );
  });

  it('says it removed the page furniture, and leaves nothing else unplaced', () => {
    expect(warnings).toEqual([
      {
        code: 'page_lines_removed',
        params: { count: 6, example: 'Foro de Economia Solidaria – Valparaiso 2023' },
      },
    ]);
    expect(unrecognized).toEqual([]);
    expect(d.background).not.toMatch(/Valparaiso 2023|Pagina/);
  });
});
