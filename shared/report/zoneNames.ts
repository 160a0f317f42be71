// How a forum names a time zone in its schedule: by a city ("heure de Séoul", "Seoul time",
// "hora de Seúl"), not by its IANA id. The cities of the zones forums meet in, in the three
// session languages; any other zone falls back to the city part of its id ("America/Port_of_Spain"
// → "Port of Spain"), which is how the IANA database names it in English.
import type { Language } from '../definition.js';
import { exhaustive } from '../exhaustive.js';

type Names = Readonly<Record<Language, string>>;
const same = (name: string): Names => ({ fr: name, en: name, es: name });

export const ZONE_CITIES: Readonly<Record<string, Names>> = {
  'Africa/Abidjan': { fr: 'Abidjan', en: 'Abidjan', es: 'Abiyán' },
  'Africa/Algiers': { fr: 'Alger', en: 'Algiers', es: 'Argel' },
  'Africa/Cairo': { fr: 'Le Caire', en: 'Cairo', es: 'El Cairo' },
  'Africa/Casablanca': same('Casablanca'),
  'Africa/Dakar': { fr: 'Dakar', en: 'Dakar', es: 'Dakar' },
  'Africa/Johannesburg': same('Johannesburg'),
  'Africa/Kinshasa': same('Kinshasa'),
  'Africa/Lagos': same('Lagos'),
  'Africa/Nairobi': same('Nairobi'),
  'Africa/Tunis': { fr: 'Tunis', en: 'Tunis', es: 'Túnez' },
  'America/Argentina/Buenos_Aires': same('Buenos Aires'),
  'America/Bogota': { fr: 'Bogota', en: 'Bogotá', es: 'Bogotá' },
  'America/Chicago': same('Chicago'),
  'America/Havana': { fr: 'La Havane', en: 'Havana', es: 'La Habana' },
  'America/Lima': same('Lima'),
  'America/Los_Angeles': same('Los Angeles'),
  'America/Mexico_City': { fr: 'Mexico', en: 'Mexico City', es: 'Ciudad de México' },
  'America/Montevideo': same('Montevideo'),
  'America/Montreal': { fr: 'Montréal', en: 'Montreal', es: 'Montreal' },
  'America/New_York': { fr: 'New York', en: 'New York', es: 'Nueva York' },
  'America/Santiago': { fr: 'Santiago du Chili', en: 'Santiago', es: 'Santiago de Chile' },
  'America/Sao_Paulo': { fr: 'São Paulo', en: 'São Paulo', es: 'São Paulo' },
  'America/Toronto': same('Toronto'),
  'America/Vancouver': same('Vancouver'),
  'Asia/Bangkok': same('Bangkok'),
  'Asia/Dubai': { fr: 'Dubaï', en: 'Dubai', es: 'Dubái' },
  'Asia/Ho_Chi_Minh': { fr: 'Hô Chi Minh-Ville', en: 'Ho Chi Minh City', es: 'Ciudad Ho Chi Minh' },
  'Asia/Hong_Kong': { fr: 'Hong Kong', en: 'Hong Kong', es: 'Hong Kong' },
  'Asia/Jakarta': { fr: 'Jakarta', en: 'Jakarta', es: 'Yakarta' },
  'Asia/Kolkata': { fr: 'Calcutta', en: 'Kolkata', es: 'Calcuta' },
  'Asia/Manila': { fr: 'Manille', en: 'Manila', es: 'Manila' },
  'Asia/Seoul': { fr: 'Séoul', en: 'Seoul', es: 'Seúl' },
  'Asia/Shanghai': { fr: 'Shanghai', en: 'Shanghai', es: 'Shanghái' },
  'Asia/Singapore': { fr: 'Singapour', en: 'Singapore', es: 'Singapur' },
  'Asia/Tokyo': { fr: 'Tokyo', en: 'Tokyo', es: 'Tokio' },
  'Atlantic/Reunion': { fr: 'La Réunion', en: 'Réunion', es: 'Reunión' },
  'Australia/Sydney': { fr: 'Sydney', en: 'Sydney', es: 'Sídney' },
  'Europe/Amsterdam': { fr: 'Amsterdam', en: 'Amsterdam', es: 'Ámsterdam' },
  'Europe/Athens': { fr: 'Athènes', en: 'Athens', es: 'Atenas' },
  'Europe/Berlin': { fr: 'Berlin', en: 'Berlin', es: 'Berlín' },
  'Europe/Brussels': { fr: 'Bruxelles', en: 'Brussels', es: 'Bruselas' },
  'Europe/Istanbul': { fr: 'Istanbul', en: 'Istanbul', es: 'Estambul' },
  'Europe/Lisbon': { fr: 'Lisbonne', en: 'Lisbon', es: 'Lisboa' },
  'Europe/London': { fr: 'Londres', en: 'London', es: 'Londres' },
  'Europe/Madrid': { fr: 'Madrid', en: 'Madrid', es: 'Madrid' },
  'Europe/Moscow': { fr: 'Moscou', en: 'Moscow', es: 'Moscú' },
  'Europe/Paris': { fr: 'Paris', en: 'Paris', es: 'París' },
  'Europe/Rome': { fr: 'Rome', en: 'Rome', es: 'Roma' },
  'Europe/Warsaw': { fr: 'Varsovie', en: 'Warsaw', es: 'Varsovia' },
  'Europe/Zurich': { fr: 'Zurich', en: 'Zurich', es: 'Zúrich' },
  'Indian/Mayotte': same('Mayotte'),
  'Pacific/Auckland': same('Auckland'),
};

/** Zones that are no city's: the schedule names them as they are. */
const UNIVERSAL = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Universal', 'Etc/Zulu', 'Zulu']);

/** The city a zone is named after, in the session language; null for UTC. */
export function zoneCity(timeZone: string, lang: Language): string | null {
  if (UNIVERSAL.has(timeZone)) return null;
  const known = ZONE_CITIES[timeZone]?.[lang];
  if (known) return known;
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** "heure de Séoul", "Seoul time", "hora de Seúl"; "UTC" for universal time. */
export function zonePhrase(timeZone: string, lang: Language): string {
  const city = zoneCity(timeZone, lang);
  if (city === null) return 'UTC';
  switch (lang) {
    case 'fr':
      return `heure de ${city}`;
    case 'en':
      return `${city} time`;
    case 'es':
      return `hora de ${city}`;
    default:
      return exhaustive(lang, 'language');
  }
}
