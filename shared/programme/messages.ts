// Programme import issues and sheet errors in the reader's language.
import type { Language } from '../definition.js';
import { exhaustive } from '../exhaustive.js';
import type { ProgrammeIssue, SheetErrorCode } from './issues.js';
import { MAX_PROGRAMME_ROWS } from './limits.js';

const LANGUAGE_NAMES: Record<Language, Record<Language, string>> = {
  en: { en: 'English', fr: 'French', es: 'Spanish' },
  fr: { en: 'anglais', fr: 'français', es: 'espagnol' },
  es: { en: 'inglés', fr: 'francés', es: 'español' },
};

export function programmeMessage(issue: ProgrammeIssue, lang: Language): string {
  const t = (en: string, fr: string, es: string) => ({ en, fr, es })[lang];
  switch (issue.code) {
    case 'no_title':
      return t(
        'No title: this row will not be created.',
        'Pas de titre : cette ligne ne sera pas créée.',
        'Sin título: esta fila no se creará.',
      );
    case 'date_unreadable':
      return t(
        `Date not understood: “${issue.params.value}”.`,
        `Date non comprise : « ${issue.params.value} ».`,
        `Fecha no comprendida: «${issue.params.value}».`,
      );
    case 'date_ambiguous':
      return t(
        `“${issue.params.value}” read as ${issue.params.date} (day first).`,
        `« ${issue.params.value} » lu comme ${issue.params.date} (jour d’abord).`,
        `«${issue.params.value}» leído como ${issue.params.date} (día primero).`,
      );
    case 'no_date':
      return t('No date.', 'Pas de date.', 'Sin fecha.');
    case 'time_unreadable':
      return t(
        `Time not understood: “${issue.params.value}”.`,
        `Heure non comprise : « ${issue.params.value} ».`,
        `Hora no comprendida: «${issue.params.value}».`,
      );
    case 'no_start_time':
      return t('No start time.', 'Pas d’heure de début.', 'Sin hora de inicio.');
    case 'end_before_start':
      return t(
        `The end (${issue.params.end}) is not after the start (${issue.params.start}).`,
        `La fin (${issue.params.end}) n’est pas après le début (${issue.params.start}).`,
        `El final (${issue.params.end}) no es posterior al inicio (${issue.params.start}).`,
      );
    case 'language_unknown':
      return t(
        `Language “${issue.params.value}” not understood; ${LANGUAGE_NAMES.en[issue.params.language]} assumed.`,
        `Langue « ${issue.params.value} » non comprise ; ${LANGUAGE_NAMES.fr[issue.params.language]} retenu.`,
        `Idioma «${issue.params.value}» no comprendido; se asume ${LANGUAGE_NAMES.es[issue.params.language]}.`,
      );
    case 'time_zone_unknown':
      return t(
        `Time zone “${issue.params.value}” not understood; UTC assumed.`,
        `Fuseau horaire « ${issue.params.value} » non compris ; UTC retenu.`,
        `Zona horaria «${issue.params.value}» no comprendida; se asume UTC.`,
      );
    case 'speaker_unread':
      return t(
        `Speaker not split into name and organization: “${issue.params.value}”.`,
        `Intervenant non séparé en nom et organisation : « ${issue.params.value} ».`,
        `Ponente no separado en nombre y organización: «${issue.params.value}».`,
      );
    case 'cell_cut':
      return t(
        `“${issue.params.column}” cut to ${issue.params.max} characters.`,
        `« ${issue.params.column} » coupé à ${issue.params.max} caractères.`,
        `«${issue.params.column}» recortado a ${issue.params.max} caracteres.`,
      );
    case 'brief_warnings':
      return t(
        `${issue.params.count} points of the brief to check in the session’s setup.`,
        `${issue.params.count} points du brief à vérifier dans la préparation de la session.`,
        `${issue.params.count} puntos del brief por revisar en la preparación de la sesión.`,
      );
    default:
      return exhaustive(issue);
  }
}

export function sheetErrorMessage(code: SheetErrorCode, lang: Language): string {
  const t = (en: string, fr: string, es: string) => ({ en, fr, es })[lang];
  switch (code) {
    case 'empty':
      return t('The sheet is empty.', 'La feuille est vide.', 'La hoja está vacía.');
    case 'no_header':
      return t(
        'No “Title” column found. The first row must name the columns: Title, Date, Start, End, Room, Language, Moderator, Rapporteur, Speakers, Main question.',
        'Aucune colonne « Titre » trouvée. La première ligne doit nommer les colonnes : Titre, Date, Début, Fin, Salle, Langue, Modérateur, Rapporteur, Intervenants, Question principale.',
        'No se encontró la columna «Título». La primera fila debe nombrar las columnas: Título, Fecha, Inicio, Fin, Sala, Idioma, Moderador, Relator, Ponentes, Pregunta principal.',
      );
    case 'too_many_rows':
      return t(
        `A programme holds at most ${MAX_PROGRAMME_ROWS} sessions; split the sheet.`,
        `Un programme compte au plus ${MAX_PROGRAMME_ROWS} sessions ; divisez la feuille.`,
        `Un programa tiene como máximo ${MAX_PROGRAMME_ROWS} sesiones; divida la hoja.`,
      );
    case 'unreadable':
      return t(
        'This file is not a readable sheet. Send a .xlsx or .csv file, or .docx / .txt briefs.',
        'Ce fichier n’est pas une feuille lisible. Envoyez un fichier .xlsx ou .csv, ou des briefs .docx / .txt.',
        'Este archivo no es una hoja legible. Envíe un archivo .xlsx o .csv, o briefs .docx / .txt.',
      );
    default:
      return exhaustive(code);
  }
}
