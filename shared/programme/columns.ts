// Programme sheet headers as organizers write them in English, French and Spanish → the column
// each one fills. Matched on folded text, so "Intitulé", "INTITULE" and "Intitul?" are one header.
import { foldKey } from '../brief/fold.js';

export const PROGRAMME_COLUMNS = [
  'title',
  'date',
  'start',
  'end',
  'time',
  'timeZone',
  'room',
  'language',
  'moderator',
  'rapporteur',
  'speakers',
  'mainQuestion',
  'sessionType',
] as const;
export type ProgrammeColumn = (typeof PROGRAMME_COLUMNS)[number];

const HEADERS: Record<ProgrammeColumn, string[]> = {
  title: [
    'title',
    'session title',
    'session',
    'titre',
    'titre de la session',
    'intitule',
    'session name',
    'titulo',
    'titulo de la sesion',
    'sesion',
    'nom de la session',
  ],
  date: ['date', 'day', 'jour', 'fecha', 'dia'],
  start: ['start', 'start time', 'begins', 'debut', 'heure de debut', 'inicio', 'hora de inicio', 'from', 'de'],
  end: ['end', 'end time', 'ends', 'fin', 'heure de fin', 'hora de fin', 'hora final', 'to', 'a'],
  time: ['time', 'times', 'hours', 'horaire', 'horaires', 'heure', 'heures', 'horario', 'hora', 'time slot', 'creneau'],
  timeZone: ['time zone', 'timezone', 'fuseau horaire', 'fuseau', 'zona horaria', 'huso horario'],
  room: [
    'room',
    'link',
    'room or link',
    'room link',
    'location',
    'venue',
    'salle',
    'lien',
    'salle ou lien',
    'lieu',
    'sala',
    'enlace',
    'sala o enlace',
    'lugar',
  ],
  language: ['language', 'session language', 'langue', 'idioma', 'lengua'],
  moderator: [
    'moderator',
    'moderator name',
    'facilitator',
    'chair',
    'moderateur',
    'moderatrice',
    'moderateur moderatrice',
    'moderateur rice',
    'animateur',
    'animatrice',
    'moderador',
    'moderadora',
    'moderador a',
  ],
  rapporteur: [
    'rapporteur',
    'rapporteur name',
    'rapporteur s name',
    'note taker',
    'rapporteuse',
    'rapporteur rapporteuse',
    'relator',
    'relatora',
    'relator a',
  ],
  speakers: [
    'speakers',
    'speaker',
    'panelists',
    'panellists',
    'intervenants',
    'intervenantes',
    'intervenant e s',
    'intervenant',
    'panelistes',
    'ponentes',
    'ponente',
    'panelistas',
  ],
  mainQuestion: ['main question', 'question', 'question principale', 'pregunta principal', 'pregunta'],
  sessionType: ['type', 'format', 'session type', 'type de session', 'tipo', 'tipo de sesion', 'formato'],
};

const BY_HEADER = new Map<string, ProgrammeColumn>(
  (Object.entries(HEADERS) as [ProgrammeColumn, string[]][]).flatMap(([col, names]) =>
    names.map((n) => [foldKey(n), col] as [string, ProgrammeColumn]),
  ),
);

/** The column a header names, or null. */
export function columnOf(header: string): ProgrammeColumn | null {
  return BY_HEADER.get(foldKey(header)) ?? null;
}
