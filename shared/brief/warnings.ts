// What the brief importer asks the moderator to check, as codes with their data, never as
// sentences: the setup editor shows them in the interface language, the CLI in English. Params hold
// the brief's own text where a warning quotes it; it is data, shown as plain text, never markup.
import type { Language } from '../definition.js';

/** Speaker fields a gap warning can name, in the order they are listed. */
export const SPEAKER_GAP_FIELDS = ['name', 'organization', 'country', 'talkTitle'] as const;
export type SpeakerGapField = (typeof SPEAKER_GAP_FIELDS)[number];

/** Session fields the importer may cut to the schema's limits. */
export type CutField =
  | 'forum'
  | 'city'
  | 'theme'
  | 'title'
  | 'sessionType'
  | 'background'
  | 'objectives'
  | 'mainQuestion'
  | 'moderatorName'
  | 'moderatorOrganization'
  | 'moderatorCountry';
/** Speaker fields the importer may cut to the schema's limits. */
export type SpeakerCutField = 'name' | 'organization' | 'country' | 'talkTitle' | 'description';

type None = Record<string, never>;

/** Every warning code with its params (strings and numbers only, so they travel as JSON). */
export type BriefWarningParams = {
  /** The importer failed on a bug; `detail` is the error's own message. */
  read_failed: { detail: string };
  /** Only the first `max` characters were read. */
  input_truncated: { max: number };
  /** Repeated page headers and footers were removed; `example` is one of them. */
  page_lines_removed: { count: number; example: string };
  /** No known heading at all: probably not a session brief. */
  not_a_brief: None;
  /** `count` blocks of text went to the unrecognized list. */
  unrecognized_blocks: { count: number };
  /** The schema still refused a field (`path`, '' for the whole definition); `detail` is its reason. */
  field_dropped: { path: string; detail: string };
  /** `text` (the schedule) has a date readable both ways; `date` (ISO) is the day-first reading. */
  date_ambiguous: { text: string; date: string };
  /** `offset` ("UTC+5:30") is not a whole number of hours; UTC is used. */
  time_zone_offset_not_whole_hour: { offset: string };
  /** `offset` ("UTC+15") does not exist; UTC is used. */
  time_zone_offset_out_of_range: { offset: string };
  /** `text` names several languages; the session uses the first, `language`. */
  several_languages: { text: string; language: Language };
  /** The language field's `value` is not French, English or Spanish. */
  language_unknown: { value: string };
  /** The moderator line `value` was kept whole as the name. */
  moderator_unsplit: { value: string };
  /** A session field was longer than `max` characters and was cut. */
  field_cut: { field: CutField; max: number };
  /** Round number `round`'s title was cut to `max` characters. */
  round_title_cut: { round: number; max: number };
  /** Question number `question` of the round titled `round` was cut to `max` characters. */
  question_cut: { question: number; round: string; max: number };
  /** A field of speaker number `speaker` was cut to `max` characters. */
  speaker_field_cut: { speaker: number; field: SpeakerCutField; max: number };
  /** Only the first `max` of `found` rounds were kept. */
  rounds_cut: { max: number; found: number };
  /** Only the first `max` of `found` questions of the round titled `round` were kept. */
  round_questions_cut: { round: string; max: number; found: number };
  /** Only the first `max` of `found` speakers were kept. */
  speakers_cut: { max: number; found: number };
  no_event: None;
  no_title: None;
  no_date: None;
  no_start_time: None;
  no_end_time: None;
  /** No time zone named: times are taken as UTC. */
  no_time_zone: None;
  /** The brief does not state its language; `language` was guessed from its headings or is the default. */
  language_assumed: { language: Language; from: 'headings' | 'default' };
  no_main_question: None;
  /** The round titled `title` has no questions and was left out. */
  round_without_questions: { title: string };
  no_guiding_questions: None;
  no_moderator: None;
  no_speakers: None;
  /**
   * Speaker number `speaker` (`name`, '' when the brief gives none) lacks the fields in `missing`:
   * SpeakerGapField names joined by commas, e.g. "organization,country".
   */
  speaker_incomplete: { speaker: number; name: string; missing: string };
};

export type BriefWarningCode = keyof BriefWarningParams;

/** One warning: a code and its typed params (a union discriminated by `code`). */
export type BriefWarning = { [C in BriefWarningCode]: { code: C; params: BriefWarningParams[C] } }[BriefWarningCode];

// Every params type must travel as plain JSON: strings and numbers only.
type Assert<T extends true> = T;
export type _ParamsAreFlat = Assert<
  BriefWarningParams[BriefWarningCode] extends Record<string, string | number> ? true : false
>;

type ParamsArg<C extends BriefWarningCode> = BriefWarningParams[C] extends None ? [] : [params: BriefWarningParams[C]];

/** Builds a warning: `briefWarning('no_title')`, `briefWarning('input_truncated', { max })`. */
export function briefWarning<C extends BriefWarningCode>(
  code: C,
  ...params: ParamsArg<C>
): Extract<BriefWarning, { code: C }> {
  return { code, params: params[0] ?? {} } as Extract<BriefWarning, { code: C }>;
}

/** The missing fields of a speaker_incomplete warning, in order, unknown names dropped. */
export function speakerGapFields(missing: string): SpeakerGapField[] {
  const named = new Set(missing.split(','));
  return SPEAKER_GAP_FIELDS.filter((f) => named.has(f));
}

// ---------------------------------------------------------------------------------------------
// Messages: every code in French, English and Spanish (a missing one is a type error).

interface Helpers {
  /** A number in the language's notation (2 000 000, 2,000,000). */
  num: (n: number) => string;
  /** True when `n` takes the singular in this language. */
  one: (n: number) => boolean;
  /** "a, b and c" in this language. */
  and: (items: string[]) => string;
  /** "a, b or c" in this language. */
  or: (items: string[]) => string;
  /** An ISO date (2021-10-08) written out in this language ("8 October 2021"); the text as is otherwise. */
  date: (iso: string) => string;
}

type Messages = { [C in BriefWarningCode]: Record<Language, (p: BriefWarningParams[C], h: Helpers) => string> };

const LANGUAGE_NAME: Record<Language, Record<Language, string>> = {
  en: { fr: 'French', en: 'English', es: 'Spanish' },
  // With their article: "le français a été retenu", "se supone el francés".
  fr: { fr: 'le français', en: 'l’anglais', es: 'l’espagnol' },
  es: { fr: 'el francés', en: 'el inglés', es: 'el español' },
};

const CUT_FIELD: Record<Language, Record<CutField, string>> = {
  en: {
    forum: 'Forum',
    city: 'City',
    theme: 'Theme',
    title: 'Session title',
    sessionType: 'Session type',
    background: 'Background',
    objectives: 'Objectives',
    mainQuestion: 'Main question',
    moderatorName: 'Moderator’s name',
    moderatorOrganization: 'Moderator’s organization',
    moderatorCountry: 'Moderator’s country',
  },
  fr: {
    forum: 'Forum',
    city: 'Ville',
    theme: 'Thème',
    title: 'Titre de la session',
    sessionType: 'Type de session',
    background: 'Contexte',
    objectives: 'Objectifs',
    mainQuestion: 'Question principale',
    moderatorName: 'Nom du modérateur ou de la modératrice',
    moderatorOrganization: 'Organisation du modérateur ou de la modératrice',
    moderatorCountry: 'Pays du modérateur ou de la modératrice',
  },
  es: {
    forum: 'Foro',
    city: 'Ciudad',
    theme: 'Tema',
    title: 'Título de la sesión',
    sessionType: 'Tipo de sesión',
    background: 'Antecedentes',
    objectives: 'Objetivos',
    mainQuestion: 'Pregunta principal',
    moderatorName: 'Nombre del moderador o la moderadora',
    moderatorOrganization: 'Organización del moderador o la moderadora',
    moderatorCountry: 'País del moderador o la moderadora',
  },
};

const SPEAKER_CUT_FIELD: Record<Language, Record<SpeakerCutField, string>> = {
  en: {
    name: 'Name',
    organization: 'Organization',
    country: 'Country',
    talkTitle: 'Talk title',
    description: 'Description',
  },
  fr: {
    name: 'Nom',
    organization: 'Organisation',
    country: 'Pays',
    talkTitle: 'Titre de l’intervention',
    description: 'Description',
  },
  es: {
    name: 'Nombre',
    organization: 'Organización',
    country: 'País',
    talkTitle: 'Título de la ponencia',
    description: 'Descripción',
  },
};

/** Missing speaker fields as they read in a list: "no country", "il manque le pays", "falta el país". */
const SPEAKER_GAP: Record<Language, Record<SpeakerGapField, string>> = {
  en: { name: 'name', organization: 'organization', country: 'country', talkTitle: 'talk title' },
  fr: { name: 'le nom', organization: 'l’organisation', country: 'le pays', talkTitle: 'le titre de l’intervention' },
  es: { name: 'el nombre', organization: 'la organización', country: 'el país', talkTitle: 'el título de la ponencia' },
};

const cutEn = (what: string, max: string) => `${what}: longer than ${max} characters; the text was cut.`;
const cutFr = (what: string, max: string) => `${what} : plus de ${max} caractères, le texte a été coupé.`;
const cutEs = (what: string, max: string) => `${what}: más de ${max} caracteres; el texto se recortó.`;

const MESSAGES: Messages = {
  read_failed: {
    en: (p) => `The brief could not be read (${p.detail}); nothing was imported.`,
    fr: (p) => `Le brief n’a pas pu être lu (${p.detail}) ; rien n’a été importé.`,
    es: (p) => `No se pudo leer el brief (${p.detail}); no se importó nada.`,
  },
  input_truncated: {
    en: (p, h) => `The text is very long; only its first ${h.num(p.max)} characters were read.`,
    fr: (p, h) => `Le texte est très long ; seuls ses ${h.num(p.max)} premiers caractères ont été lus.`,
    es: (p, h) => `El texto es muy largo; solo se leyeron sus primeros ${h.num(p.max)} caracteres.`,
  },
  page_lines_removed: {
    en: (p, h) =>
      h.one(p.count)
        ? `Removed ${h.num(p.count)} page header or footer line (e.g. “${p.example}”).`
        : `Removed ${h.num(p.count)} page header and footer lines (e.g. “${p.example}”).`,
    fr: (p, h) =>
      h.one(p.count)
        ? `${h.num(p.count)} ligne d’en-tête ou de pied de page a été retirée (par ex. « ${p.example} »).`
        : `${h.num(p.count)} lignes d’en-tête ou de pied de page ont été retirées (par ex. « ${p.example} »).`,
    es: (p, h) =>
      h.one(p.count)
        ? `Se quitó ${h.num(p.count)} línea de encabezado o pie de página (p. ej. «${p.example}»).`
        : `Se quitaron ${h.num(p.count)} líneas de encabezado o pie de página (p. ej. «${p.example}»).`,
  },
  not_a_brief: {
    en: () =>
      'No brief headings found (session title, date, questions, speakers…): this does not look like a session brief.',
    fr: () =>
      'Aucun intitulé de brief trouvé (titre de la session, date, questions, intervenant(e)s…) : ce texte ne ressemble pas à un brief de session.',
    es: () =>
      'No se encontró ningún encabezado de brief (título de la sesión, fecha, preguntas, ponentes…): este texto no parece un brief de sesión.',
  },
  unrecognized_blocks: {
    en: (p, h) =>
      h.one(p.count)
        ? `${h.num(p.count)} passage of text was not recognised; see the unrecognised passages.`
        : `${h.num(p.count)} passages of text were not recognised; see the unrecognised passages.`,
    fr: (p, h) =>
      h.one(p.count)
        ? `${h.num(p.count)} passage du texte n’a pas été reconnu ; voyez les passages non reconnus.`
        : `${h.num(p.count)} passages du texte n’ont pas été reconnus ; voyez les passages non reconnus.`,
    es: (p, h) =>
      h.one(p.count)
        ? `${h.num(p.count)} pasaje del texto no se reconoció; vea los pasajes no reconocidos.`
        : `${h.num(p.count)} pasajes del texto no se reconocieron; vea los pasajes no reconocidos.`,
  },
  field_dropped: {
    en: (p) =>
      p.path
        ? `The field ${p.path} could not be used and was left empty (${p.detail}).`
        : `The definition could not be used (${p.detail}).`,
    fr: (p) =>
      p.path
        ? `Le champ ${p.path} n’a pas pu être repris et reste vide (${p.detail}).`
        : `La définition n’a pas pu être reprise (${p.detail}).`,
    es: (p) =>
      p.path
        ? `No se pudo usar el campo ${p.path}, que queda vacío (${p.detail}).`
        : `No se pudo usar la definición (${p.detail}).`,
  },
  date_ambiguous: {
    en: (p, h) =>
      `The date in “${p.text}” could be read day first or month first; it was read day first, as ${h.date(p.date)}.`,
    fr: (p, h) =>
      `La date de « ${p.text} » peut se lire jour puis mois ou mois puis jour ; elle a été lue jour d’abord : ${h.date(p.date)}.`,
    es: (p, h) =>
      `La fecha de «${p.text}» puede leerse con el día o con el mes primero; se leyó con el día primero: ${h.date(p.date)}.`,
  },
  time_zone_offset_not_whole_hour: {
    en: (p) => `The time zone offset ${p.offset} is not a whole number of hours; times are taken as UTC.`,
    fr: (p) => `Le décalage horaire ${p.offset} n’est pas un nombre entier d’heures ; les heures sont prises en UTC.`,
    es: (p) => `La diferencia horaria ${p.offset} no es un número entero de horas; las horas se toman en UTC.`,
  },
  time_zone_offset_out_of_range: {
    en: (p) => `The time zone offset ${p.offset} does not exist; times are taken as UTC.`,
    fr: (p) => `Le décalage horaire ${p.offset} n’existe pas ; les heures sont prises en UTC.`,
    es: (p) => `La diferencia horaria ${p.offset} no existe; las horas se toman en UTC.`,
  },
  several_languages: {
    en: (p) =>
      `Several languages are named (“${p.text}”); the session language is set to the first, ${LANGUAGE_NAME.en[p.language]}.`,
    fr: (p) =>
      `Plusieurs langues sont indiquées (« ${p.text} ») ; la session est réglée sur la première, ${LANGUAGE_NAME.fr[p.language]}.`,
    es: (p) =>
      `Se indican varios idiomas («${p.text}»); la sesión se configura en el primero, ${LANGUAGE_NAME.es[p.language]}.`,
  },
  language_unknown: {
    en: (p) => `Language “${p.value}” not recognised (French, English or Spanish expected).`,
    fr: (p) => `Langue « ${p.value} » non reconnue (français, anglais ou espagnol attendu).`,
    es: (p) => `Idioma «${p.value}» no reconocido (se espera francés, inglés o español).`,
  },
  moderator_unsplit: {
    en: (p) =>
      `The moderator “${p.value}” could not be split into name and organization; all of it was kept as the name.`,
    fr: (p) =>
      `Modérateur ou modératrice : « ${p.value} » n’a pas pu être séparé en nom et organisation ; le tout a été gardé comme nom.`,
    es: (p) =>
      `Moderador o moderadora: «${p.value}» no se pudo separar en nombre y organización; todo se conservó como nombre.`,
  },
  field_cut: {
    en: (p, h) => cutEn(CUT_FIELD.en[p.field], h.num(p.max)),
    fr: (p, h) => cutFr(CUT_FIELD.fr[p.field], h.num(p.max)),
    es: (p, h) => cutEs(CUT_FIELD.es[p.field], h.num(p.max)),
  },
  round_title_cut: {
    en: (p, h) => cutEn(`Title of round ${h.num(p.round)}`, h.num(p.max)),
    fr: (p, h) => cutFr(`Titre de la série ${h.num(p.round)}`, h.num(p.max)),
    es: (p, h) => cutEs(`Título de la ronda ${h.num(p.round)}`, h.num(p.max)),
  },
  question_cut: {
    en: (p, h) => cutEn(`Question ${h.num(p.question)} of “${p.round}”`, h.num(p.max)),
    fr: (p, h) => cutFr(`Question ${h.num(p.question)} de « ${p.round} »`, h.num(p.max)),
    es: (p, h) => cutEs(`Pregunta ${h.num(p.question)} de «${p.round}»`, h.num(p.max)),
  },
  speaker_field_cut: {
    en: (p, h) => cutEn(`${SPEAKER_CUT_FIELD.en[p.field]} of speaker ${h.num(p.speaker)}`, h.num(p.max)),
    fr: (p, h) => cutFr(`${SPEAKER_CUT_FIELD.fr[p.field]} de l’intervenant(e) ${h.num(p.speaker)}`, h.num(p.max)),
    es: (p, h) => cutEs(`${SPEAKER_CUT_FIELD.es[p.field]} del ponente ${h.num(p.speaker)}`, h.num(p.max)),
  },
  rounds_cut: {
    en: (p, h) => `Only the first ${h.num(p.max)} rounds were kept (${h.num(p.found)} found).`,
    fr: (p, h) => `Seules les ${h.num(p.max)} premières séries ont été gardées (${h.num(p.found)} trouvées).`,
    es: (p, h) => `Solo se conservaron las ${h.num(p.max)} primeras rondas (se encontraron ${h.num(p.found)}).`,
  },
  round_questions_cut: {
    en: (p, h) => `Only the first ${h.num(p.max)} questions of “${p.round}” were kept (${h.num(p.found)} found).`,
    fr: (p, h) =>
      `Seules les ${h.num(p.max)} premières questions de « ${p.round} » ont été gardées (${h.num(p.found)} trouvées).`,
    es: (p, h) =>
      `Solo se conservaron las ${h.num(p.max)} primeras preguntas de «${p.round}» (se encontraron ${h.num(p.found)}).`,
  },
  speakers_cut: {
    en: (p, h) => `Only the first ${h.num(p.max)} speakers were kept (${h.num(p.found)} found).`,
    fr: (p, h) =>
      `La liste compte ${h.num(p.found)} intervenant(e)s ; seules les ${h.num(p.max)} premières entrées ont été gardées.`,
    es: (p, h) => `Solo se conservaron los ${h.num(p.max)} primeros ponentes (se encontraron ${h.num(p.found)}).`,
  },
  no_event: {
    en: () => 'No event (forum, city, year) found.',
    fr: () => 'Aucun événement (forum, ville, année) trouvé.',
    es: () => 'No se encontró el evento (foro, ciudad, año).',
  },
  no_title: {
    en: () => 'No session title found.',
    fr: () => 'Aucun titre de session trouvé.',
    es: () => 'No se encontró el título de la sesión.',
  },
  no_date: {
    en: () => 'No date found.',
    fr: () => 'Aucune date trouvée.',
    es: () => 'No se encontró la fecha.',
  },
  no_start_time: {
    en: () => 'No start time found.',
    fr: () => 'Aucune heure de début trouvée.',
    es: () => 'No se encontró la hora de inicio.',
  },
  no_end_time: {
    en: () => 'No end time found.',
    fr: () => 'Aucune heure de fin trouvée.',
    es: () => 'No se encontró la hora de fin.',
  },
  no_time_zone: {
    en: () => 'No time zone named; times are taken as UTC.',
    fr: () => 'Aucun fuseau horaire indiqué ; les heures sont prises en UTC.',
    es: () => 'No se indica la zona horaria; las horas se toman en UTC.',
  },
  language_assumed: {
    en: (p) =>
      `Session language not stated; assumed ${LANGUAGE_NAME.en[p.language]}${p.from === 'headings' ? ' from the headings' : ''}.`,
    fr: (p) =>
      p.from === 'headings'
        ? `Langue de la session non précisée ; ${LANGUAGE_NAME.fr[p.language]} a été déduit des intitulés.`
        : `Langue de la session non précisée ; ${LANGUAGE_NAME.fr[p.language]} a été retenu par défaut.`,
    es: (p) =>
      p.from === 'headings'
        ? `No se indica el idioma de la sesión; se dedujo ${LANGUAGE_NAME.es[p.language]} por los encabezados.`
        : `No se indica el idioma de la sesión; se supuso ${LANGUAGE_NAME.es[p.language]} por defecto.`,
  },
  no_main_question: {
    en: () => 'No main question found.',
    fr: () => 'Aucune question principale trouvée.',
    es: () => 'No se encontró la pregunta principal.',
  },
  round_without_questions: {
    en: (p) => `“${p.title}” has no questions; it was left out.`,
    fr: (p) => `« ${p.title} » ne contient aucune question ; cette série a été laissée de côté.`,
    es: (p) => `«${p.title}» no tiene preguntas; se dejó fuera.`,
  },
  no_guiding_questions: {
    en: () => 'No guiding questions found.',
    fr: () => 'Aucune question d’orientation trouvée.',
    es: () => 'No se encontraron preguntas orientadoras.',
  },
  no_moderator: {
    en: () => 'No moderator found.',
    fr: () => 'Modérateur ou modératrice introuvable.',
    es: () => 'No se encontró moderador ni moderadora.',
  },
  no_speakers: {
    en: () => 'No speakers found.',
    fr: () => 'Aucun(e) intervenant(e) trouvé(e).',
    es: () => 'No se encontraron ponentes.',
  },
  speaker_incomplete: {
    en: (p, h) => {
      const who = `Speaker ${h.num(p.speaker)}${p.name ? ` (${p.name})` : ''}`;
      return `${who}: no ${h.or(speakerGapFields(p.missing).map((f) => SPEAKER_GAP.en[f]))} found.`;
    },
    fr: (p, h) => {
      const who = `Intervenant(e) ${h.num(p.speaker)}${p.name ? ` (${p.name})` : ''}`;
      return `${who} : il manque ${h.and(speakerGapFields(p.missing).map((f) => SPEAKER_GAP.fr[f]))}.`;
    },
    es: (p, h) => {
      const who = `Ponente ${h.num(p.speaker)}${p.name ? ` (${p.name})` : ''}`;
      const missing = speakerGapFields(p.missing);
      return `${who}: ${missing.length > 1 ? 'faltan' : 'falta'} ${h.and(missing.map((f) => SPEAKER_GAP.es[f]))}.`;
    },
  },
};

/** Every warning code, in the order of the message table. */
export const BRIEF_WARNING_CODES = Object.keys(MESSAGES) as BriefWarningCode[];

const helpersCache = new Map<Language, Helpers>();

function helpers(lang: Language): Helpers {
  let h = helpersCache.get(lang);
  if (h) return h;
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  const and = new Intl.ListFormat(lang, { type: 'conjunction' });
  const or = new Intl.ListFormat(lang, { type: 'disjunction' });
  // Day first in English too ("12 March 2024"): the date is in the warning to settle which is the day.
  const dates = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' });
  h = {
    num: (n) => numbers.format(n),
    one: (n) => plurals.select(n) === 'one',
    and: (items) => and.format(items),
    or: (items) => or.format(items),
    date: (iso) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      return m ? dates.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
    },
  };
  helpersCache.set(lang, h);
  return h;
}

/** True for an object shaped like a warning with a known code (e.g. read back from JSON). */
export function isBriefWarning(x: unknown): x is BriefWarning {
  if (typeof x !== 'object' || x === null) return false;
  const { code, params } = x as { code?: unknown; params?: unknown };
  return (
    typeof code === 'string' &&
    Object.hasOwn(MESSAGES, code) &&
    typeof params === 'object' &&
    params !== null &&
    !Array.isArray(params)
  );
}

/** The warning as a sentence in `lang`. Plain text: params are inserted as they are, never as markup. */
export function formatBriefWarning(w: BriefWarning, lang: Language): string {
  const entry = Object.hasOwn(MESSAGES, w.code)
    ? (MESSAGES[w.code] as Record<Language, (p: BriefWarning['params'], h: Helpers) => string>)
    : undefined;
  // A code this build does not know (a newer server): show the code rather than nothing.
  if (!entry) return String(w.code);
  return entry[lang](w.params, helpers(lang));
}
