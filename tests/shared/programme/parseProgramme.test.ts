// Programme rows → session definitions, with French and Spanish headers and rows that go wrong.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/programme/csv.js';
import { programmeMessage, sheetErrorMessage } from '../../../shared/programme/messages.js';
import { parseProgramme } from '../../../shared/programme/parse.js';

const FRENCH = `Programme du forum;;;
Titre;Date;Début;Fin;Salle ou lien;Langue;Modérateur;Rapporteur;Intervenants;Question principale
Les tiers-lieux;17/10/2023;17h00;18h30;Salle B;français;Hugo Lefèvre (Réseau des tiers-lieux, France);Inès Roy;"Amina Diallo (La Fabrique commune, Sénégal): Un tiers-lieu à Dakar
Marc Tremblay (Coop La Station, Canada): Nos murs";Comment faire des communs durables ?
;;;;;;;;;
;2023-10-18;10:00;11:00;Salle C;;;;;
Finances solidaires;31/02/2023;11:00;10:00;https://meet.example/x;klingon;;;;
`;

describe('parseProgramme', () => {
  it('reads a French sheet below a title block, one session per row', () => {
    const r = parseProgramme(parseCsv(FRENCH), { language: 'en', timeZone: 'America/Mexico_City' });
    if (!r.ok) throw new Error(r.error);
    expect(r.rows.map((x) => x.row)).toEqual([3, 5, 6]);
    const [first] = r.rows;
    expect(first?.errors).toEqual([]);
    expect(first?.room).toBe('Salle B');
    expect(first?.rapporteur).toBe('Inès Roy');
    const d = first?.definition;
    expect([d?.title, d?.date, d?.startTime, d?.endTime, d?.timeZone, d?.language]).toEqual([
      'Les tiers-lieux',
      '2023-10-17',
      '17:00',
      '18:30',
      'America/Mexico_City',
      'fr',
    ]);
    expect(d?.moderator).toEqual({ name: 'Hugo Lefèvre', organization: 'Réseau des tiers-lieux', country: 'France' });
    expect(d?.speakers.map((s) => [s.name, s.organization, s.country, s.talkTitle])).toEqual([
      ['Amina Diallo', 'La Fabrique commune', 'Sénégal', 'Un tiers-lieu à Dakar'],
      ['Marc Tremblay', 'Coop La Station', 'Canada', 'Nos murs'],
    ]);
    expect(d?.mainQuestion).toBe('Comment faire des communs durables ?');
  });

  it('refuses a row without a title and warns about unreadable cells', () => {
    const r = parseProgramme(parseCsv(FRENCH), { language: 'en' });
    if (!r.ok) throw new Error(r.error);
    const [, untitled, bad] = r.rows;
    expect(untitled?.definition).toBeNull();
    expect(untitled?.errors.map((e) => e.code)).toEqual(['no_title']);
    expect(bad?.definition?.title).toBe('Finances solidaires');
    expect(bad?.warnings).toEqual([
      { code: 'date_unreadable', params: { value: '31/02/2023' } },
      { code: 'end_before_start', params: { start: '11:00', end: '10:00' } },
      { code: 'language_unknown', params: { value: 'klingon', language: 'en' } },
    ]);
    expect(bad?.definition?.language).toBe('en');
    expect(programmeMessage(untitled!.errors[0]!, 'es')).toBe('Sin título: esta fila no se creará.');
  });

  it('reads Spanish headers and a time range with a named zone', () => {
    const sheet = [
      ['Título', 'Fecha', 'Horario', 'Sala', 'Idioma', 'Moderadora', 'Relatora', 'Ponentes', 'Pregunta principal'],
      [
        'Vivienda cooperativa',
        '17 de octubre de 2023',
        '10:00 a 11:30 hora del centro de México',
        'Sala 2',
        'español',
        'Lucía Hernández / Red Vivienda',
        'Pablo Ruiz',
        'Ana Souza (Banco Popular, Brasil); Jorge Ramírez (Techo Digno, México)',
        '¿Cómo financiar?',
      ],
    ];
    const r = parseProgramme(sheet, { language: 'fr' });
    if (!r.ok) throw new Error(r.error);
    const d = r.rows[0]?.definition;
    expect([d?.date, d?.startTime, d?.endTime, d?.timeZone, d?.language]).toEqual([
      '2023-10-17',
      '10:00',
      '11:30',
      'America/Mexico_City',
      'es',
    ]);
    expect(d?.speakers.map((s) => s.name)).toEqual(['Ana Souza', 'Jorge Ramírez']);
    expect(r.rows[0]?.rapporteur).toBe('Pablo Ruiz');
    expect(r.rows[0]?.warnings).toEqual([]);
  });

  it('refuses an empty sheet, a sheet without a title column and too many rows', () => {
    expect(parseProgramme([[''], [' ']], { language: 'en' })).toEqual({ ok: false, error: 'empty' });
    expect(
      parseProgramme(
        [
          ['Name', 'When'],
          ['x', 'y'],
        ],
        { language: 'en' },
      ),
    ).toEqual({ ok: false, error: 'no_header' });
    const many = [['Title'], ...Array.from({ length: 201 }, (_, i) => [`S${i}`])];
    expect(parseProgramme(many, { language: 'en' })).toEqual({ ok: false, error: 'too_many_rows' });
    expect(sheetErrorMessage('no_header', 'fr')).toContain('« Titre »');
  });
});
