// A French concept note: "Heure centrale du Mexique", "du 16 au 18 octobre", "Premier tour
// (questions 1 à 5)", a page header and "Page 2 sur 3" inside the first round's list.
import { describe, expect, it } from 'vitest';
import { expectValid, importFixture, questionTexts } from './helpers.js';

describe('French concept note with an unlabeled header', () => {
  const { definition: d, unrecognized } = importFixture('fr-note-conceptuelle.txt');

  it('reads the header lines and the schedule in the named zone', () => {
    expectValid(d);
    expect(d.event).toEqual({
      forum: "Forum mondial de l'économie sociale – GSEF",
      city: 'Mexico',
      year: 2023,
      theme: 'Axe 3 : Les communs au cœur des territoires',
    });
    expect([d.date, d.startTime, d.endTime, d.timeZone]).toEqual([
      '2023-10-17',
      '17:00',
      '18:30',
      'America/Mexico_City',
    ]);
    expect(unrecognized).toEqual(['du 16 au 18 octobre 2023']);
  });

  it('names the rounds without the questions they cover and keeps every question whole', () => {
    expect(d.rounds.map((r) => r.title)).toEqual(['Premier tour', 'Second tour']);
    expect(questionTexts(d)).toEqual([
      [
        "Qui fréquente vos tiers-lieux aujourd'hui ?",
        'Quelles activités financent le lieu ?',
        'Comment les habitants participent-ils aux décisions ?',
        'Quel rôle joue la collectivité ?',
        'Quels statuts juridiques avez-vous choisis ?',
      ],
      [
        'Comment partager la propriété des murs ?',
        'Quels liens avec les entreprises du quartier ?',
        'Comment mesurer ce que le lieu apporte au territoire ?',
        'Quelles coopérations entre tiers-lieux ?',
        'Que demandez-vous aux pouvoirs publics ?',
      ],
    ]);
  });

  it('finds the title, type, language and people', () => {
    expect([d.title, d.sessionType, d.language]).toEqual([
      "Les tiers-lieux, communs urbains de l'économie sociale",
      'Atelier',
      'fr',
    ]);
    expect(d.moderator).toEqual({ name: 'Hugo Lefèvre', organization: 'Réseau des tiers-lieux', country: 'France' });
    expect(d.speakers.map((s) => s.talkTitle)).toEqual([
      'Un tiers-lieu dans un marché de Dakar',
      'Une coopérative propriétaire de ses murs',
    ]);
  });
});
