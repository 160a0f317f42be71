// The importer's working state: what has been read so far, before limits and validation.
import type { Language, Person } from '../definition.js';
import type { Lang } from './headings.js';
import type { SpeakerDraft } from './speakers.js';
import type { BriefWarning } from './warnings.js';

export interface RoundDraft {
  /** null: questions listed without a round heading; titled from the brief's language later. */
  title: string | null;
  questions: string[];
}

export interface Draft {
  event: { forum: string; city: string; year: number | null; theme: string };
  title: string;
  sessionType: string;
  /** Fallback session type from a heading like "SESSION D'ATELIER". */
  sessionTypeHint: string;
  language: Language | null;
  date: string;
  startTime: string;
  endTime: string;
  timeZone: string | null;
  background: string[];
  objectives: string[];
  mainQuestion: string[];
  rounds: RoundDraft[];
  moderator: Person | null;
  speakers: SpeakerDraft[];
  /** Languages revealed by the headings, to guess the session language when it is not stated. */
  headingLangs: Lang[];
  warnings: BriefWarning[];
  unrecognized: string[];
}

export function emptyDraft(): Draft {
  return {
    event: { forum: '', city: '', year: null, theme: '' },
    title: '',
    sessionType: '',
    sessionTypeHint: '',
    language: null,
    date: '',
    startTime: '',
    endTime: '',
    timeZone: null,
    background: [],
    objectives: [],
    mainQuestion: [],
    rounds: [],
    moderator: null,
    speakers: [],
    headingLangs: [],
    warnings: [],
    unrecognized: [],
  };
}
