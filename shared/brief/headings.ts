// Heading vocabularies of briefs in English, French and Spanish, and the lookup that maps a label
// as written ("Date / Durée", "Intervenant(e)s", "Série 2") to the section it opens.
import { foldKey, squashKey } from './fold.js';

export type Lang = 'en' | 'fr' | 'es';

/** Sections a brief is made of. Containers (sessionInfo, description, people) only group others. */
export type SectionKey =
  | 'event'
  | 'theme'
  | 'title'
  | 'schedule'
  | 'format'
  | 'language'
  | 'background'
  | 'objectives'
  | 'mainQuestion'
  | 'guidingQuestions'
  | 'round'
  | 'moderator'
  | 'speakers'
  | 'sessionInfo'
  | 'description'
  | 'people';

type Vocabulary = Partial<Record<SectionKey, string[]>>;

const EN: Vocabulary = {
  sessionInfo: [
    'workshop session info',
    'session info',
    'session information',
    'session details',
    'workshop session',
    'session brief',
    'workshop details',
    'concept note',
  ],
  event: ['event', 'forum', 'conference'],
  theme: ['theme', 'sub-theme', 'subtheme', 'sub theme', 'track'],
  title: ['session title', 'title', 'title of the session', 'workshop title', 'session name'],
  schedule: [
    'date',
    'duration',
    'time',
    'times',
    'schedule',
    'date and time',
    'time slot',
    'hour',
    'hours',
    'timing',
    'time zone',
    'timezone',
  ],
  format: [
    'session format',
    'format',
    'session type',
    'type of session',
    'type',
    'format of the session',
    'workshop format',
  ],
  language: ['language', 'languages', 'session language', 'working language'],
  description: [
    'session objectives descriptions',
    'session objectives description',
    'session objectives and description',
    'objectives and description',
    'session description and objectives',
    'objectives description',
  ],
  background: ['background', 'context', 'session description', 'description', 'rationale', 'introduction', 'overview'],
  objectives: ['objectives', 'objective', 'goals', 'aims', 'session objectives', 'expected outcomes'],
  mainQuestion: ['main question', 'key question', 'central question', 'main questions'],
  guidingQuestions: [
    'guiding questions',
    'guiding question',
    'discussion questions',
    'questions',
    'questions for discussion',
    'questions for the speakers',
  ],
  moderator: ['moderator', 'moderators', 'moderator(s)', 'facilitator', 'chair', 'moderated by'],
  speakers: ['speakers', 'speaker', 'speaker(s)', 'panelists', 'panellists', 'panel', 'presenters', 'list of speakers'],
  people: ['moderator and speakers', 'moderator and panelists', 'speakers and moderator', 'moderators and speakers'],
};

const FR: Vocabulary = {
  sessionInfo: [
    "session d'atelier",
    'informations sur la session',
    'informations de la session',
    'fiche de session',
    'fiche session',
    "fiche de l'atelier",
    'session auto-organisée',
    'note conceptuelle',
    'note de cadrage',
  ],
  event: ['événement', 'evenement', 'forum'],
  theme: ['thème', 'sous-thème', 'axe', 'axe thématique'],
  title: ['titre de la session', 'titre', 'intitulé', 'intitulé de la session', "titre de l'atelier"],
  schedule: ['date', 'durée', 'horaire', 'horaires', 'heure', 'date et heure', 'créneau', 'fuseau horaire'],
  format: ['format de la session', 'format', 'type de session', 'type', 'type de la session', 'modalité'],
  language: ['langue', 'langues', 'langue de la session', 'langue de travail'],
  description: ['objectifs et description de la session', 'objectifs et description', 'description et objectifs'],
  background: [
    'contexte',
    'description',
    'description de la session',
    'présentation',
    'présentation de la session',
    'justification',
    'enjeux',
  ],
  objectives: ['objectifs', 'objectif', 'objectifs de la session', 'buts'],
  mainQuestion: ['question principale', 'question centrale', 'question clé'],
  guidingQuestions: [
    'questions directrices',
    'questions guides',
    "questions d'orientation",
    'questions de discussion',
    'questions',
    'questions aux intervenants',
  ],
  moderator: [
    'modérateur',
    'modératrice',
    'modérateur/modératrice',
    'modérateur·rice',
    'modérateur(rice)',
    'nom du modérateur/modératrice',
    'animateur',
    'animatrice',
    'facilitateur',
    'facilitatrice',
    'modération',
  ],
  speakers: [
    'intervenants',
    'intervenantes',
    'intervenant(e)s',
    'intervenant·e·s',
    'intervenant',
    'intervenante',
    'orateurs',
    'oratrices',
    'conférenciers',
    'panélistes',
  ],
  people: [
    'modérateur et intervenants',
    'modératrice et intervenants',
    'modérateur et intervenant(e)s',
    'modérateur·rice et intervenant·e·s',
    'modération et intervenants',
    'intervenants et modérateur',
  ],
};

const ES: Vocabulary = {
  sessionInfo: [
    'sesión de taller',
    'información de la sesión',
    'ficha de la sesión',
    'sesión autoorganizada',
    'nota conceptual',
  ],
  event: ['evento', 'foro'],
  theme: ['tema', 'subtema', 'eje', 'eje temático'],
  title: ['título de la sesión', 'título', 'nombre de la sesión', 'título del taller'],
  schedule: ['fecha', 'duración', 'hora', 'horario', 'fecha y hora', 'zona horaria', 'huso horario'],
  format: ['formato de la sesión', 'formato', 'tipo de sesión', 'tipo', 'modalidad'],
  language: ['idioma', 'idiomas', 'lengua', 'idioma de la sesión'],
  description: ['objetivos y descripción de la sesión', 'objetivos y descripción', 'descripción y objetivos'],
  background: ['antecedentes', 'contexto', 'descripción', 'descripción de la sesión', 'justificación', 'presentación'],
  objectives: ['objetivos', 'objetivo', 'objetivos de la sesión'],
  mainQuestion: ['pregunta principal', 'pregunta central', 'pregunta clave'],
  guidingQuestions: [
    'preguntas orientadoras',
    'preguntas guía',
    'preguntas',
    'preguntas de discusión',
    'preguntas para los ponentes',
  ],
  moderator: ['moderador', 'moderadora', 'moderador(a)', 'moderador/a', 'moderación', 'facilitador', 'facilitadora'],
  speakers: ['ponentes', 'ponente', 'oradores', 'oradoras', 'panelistas', 'expositores', 'conferencistas'],
  people: ['moderador y ponentes', 'moderador(a) y ponentes', 'moderación y ponentes', 'ponentes y moderador'],
};

interface Entry {
  key: SectionKey;
  langs: Set<Lang>;
}

function buildIndex(fold: (s: string) => string): Map<string, Entry> {
  const index = new Map<string, Entry>();
  for (const [lang, vocab] of [
    ['en', EN],
    ['fr', FR],
    ['es', ES],
  ] as const) {
    for (const [key, labels] of Object.entries(vocab) as [SectionKey, string[]][]) {
      for (const label of labels) {
        const k = fold(label);
        const entry = index.get(k);
        if (!entry) index.set(k, { key, langs: new Set([lang]) });
        else if (entry.key === key) entry.langs.add(lang);
      }
    }
  }
  return index;
}

const BY_FOLD = buildIndex(foldKey);
const BY_SQUASH = buildIndex(squashKey);

const ROUND =
  /^(?:round|ronda|serie|tour|bloc|bloque)\s*(\d{1,2}|[ivx]{1,4}|one|two|three|four|un|deux|trois|quatre|uno|dos|tres|cuatro)$/;
const ROUND_COVERS = /\s*\b(?:questions?|preguntas?|q)\b.*$/;
/** A round heading without the questions it covers: "Premier tour (questions 1 à 5)" → "Premier tour". */
export function roundName(label: string): string {
  return label.replace(/\s*[([]\s*(?:questions?|preguntas?|q)\b[^)\]]*[)\]]\s*$/i, '').trim() || label;
}
/** "Primera ronda", "Second round", "Deuxième série (questions 6 à 10)". */
const ORDINAL_ROUND =
  /^(?:first|second|third|fourth|1st|2nd|3rd|4th|premier|premiere|1er|1ere|deuxieme|second|seconde|2e|2eme|troisieme|3e|primera|primer|segunda|segundo|tercera|tercer|cuarta|1a|2a|3a)\s+(?:round|ronda|serie|tour|bloc|bloque)$/;

export interface LabelMatch {
  key: SectionKey;
  /** The brief's language as revealed by this label, when only one language uses it. */
  lang: Lang | null;
}

function lookup(label: string): LabelMatch | null {
  const entry = BY_FOLD.get(foldKey(label)) ?? BY_SQUASH.get(squashKey(label));
  if (entry) return { key: entry.key, lang: entry.langs.size === 1 ? ([...entry.langs][0] ?? null) : null };
  const folded = foldKey(label);
  // "S?rie 2" or "S\uFFFDrie 2": the squashed form drops the lost accent ("srie 2").
  const squashedRound = squashKey(label).replace(/^srie\b/, 'serie');
  const round = ROUND.exec(folded) ?? ROUND.exec(squashedRound);
  if (round) return { key: 'round', lang: roundLang(ROUND.test(folded) ? folded : squashedRound) };
  // The questions a round covers ("Round 1 (questions 1–5)") are not part of its name.
  const named = folded.replace(ROUND_COVERS, '');
  if (named !== folded && ROUND.test(named)) return { key: 'round', lang: roundLang(named) };
  if (ORDINAL_ROUND.test(named)) return { key: 'round', lang: roundLang(named.replace(/^\S+\s+/, '')) };
  return null;
}

function roundLang(folded: string): Lang | null {
  if (folded.startsWith('ronda') || folded.startsWith('bloque')) return 'es';
  if (folded.startsWith('serie') || folded.startsWith('tour') || folded.startsWith('bloc')) return 'fr';
  return 'en';
}

/**
 * The section a label opens, or null. Composite labels ("Date / Duration", "Session format /
 * Language", "Moderator / Speakers") are matched part by part and resolved to the one section
 * whose parser reads every part from the value.
 */
export function matchLabel(label: string): LabelMatch | null {
  const trimmed = label.replace(/\s*:\s*$/, '').trim();
  if (!trimmed || trimmed.length > 80) return null;
  const whole = lookup(trimmed);
  if (whole) return whole;
  const parts = trimmed.split(/\s*[/&]\s*|\s+(?:and|et|y)\s+/i).filter((p) => p.trim());
  if (parts.length < 2) return null;
  const matches = parts.map(lookup);
  if (matches.some((m) => m === null)) return null;
  const found = matches as LabelMatch[];
  const keys = new Set(found.map((m) => m.key));
  const lang = found.find((m) => m.lang)?.lang ?? null;
  if (keys.has('format')) return { key: 'format', lang };
  if (keys.has('moderator') && keys.has('speakers')) return { key: 'people', lang };
  const first = found[0];
  return first ? { key: first.key, lang } : null;
}

/** Name for a speaker the brief lists without one (the moderator fills it in). */
export function defaultSpeakerName(lang: Lang, n: number): string {
  return `${{ en: 'Speaker', fr: 'Intervenant(e)', es: 'Ponente' }[lang]} ${n}`;
}

/** Title for a round created when a brief lists questions without a round heading. */
export function defaultRoundTitle(lang: Lang, n: number): string {
  return `${{ en: 'Round', fr: 'Série', es: 'Ronda' }[lang]} ${n}`;
}
