// buildReport(): the session state → the report, section by section in the forum template's order.
// Pure and deterministic: `now` only measures a turn still running and dates the footer.
import { isVisibleAnswer } from '../answers.js';
import { byPlusOnes, plusOneCount, wallEverShown } from '../wall.js';
import { speakersInOrder } from '../turns.js';
import { isClosedQuestion } from '../kinds.js';
import { isRoomQuestion } from '../audience.js';
import { MAIN_QUESTION_ID, type SessionDefinition } from '../definition.js';
import { spokenMs, voteCount, type Answer, type AudienceQuestion, type SessionState } from '../state.js';
import { zonePhrase } from './zoneNames.js';
import {
  formatClock,
  formatClockTime,
  formatDay,
  formatParticipants,
  formatSessionDate,
  formatTimeRange,
  msToMinutes,
} from './format.js';
import { withCharts } from './charts.js';
import { reportLabels, type ReportLabels } from './labels.js';
import { noteList, paragraphs } from './lines.js';
import { contribLabels } from './contribLabels.js';
import { answerNote, contributorPerson, keyMessagesSection, repeats, themesSection } from './contribModel.js';
import type {
  ReportAnswer,
  ReportAudienceQuestion,
  ReportFact,
  ReportModel,
  ReportPerson,
  ReportRound,
  ReportSection,
  ReportSpeaker,
  ReportSummary,
} from './types.js';

export function buildReport(state: SessionState, now: number): ReportModel {
  const d = state.definition;
  const labels = reportLabels(d.language);
  const speakers = orderedSpeakers(state, now);
  const sections: ReportSection[] = [
    header(d, labels),
    { kind: 'facts', facts: facts(state, labels) },
    {
      kind: 'moderator',
      title: labels.moderator,
      moderator: d.moderator.name.trim() ? { ...d.moderator, anonymous: false } : null,
    },
    { kind: 'speakers', title: labels.speakers, speakers },
    { kind: 'mainQuestion', title: labels.mainQuestion, text: d.mainQuestion },
    { kind: 'summaries', title: labels.summaries, summaries: summaries(state, speakers) },
  ];
  const keyMessages = keyMessagesSection(state, (pick) => reportAnswers(state, pick));
  if (keyMessages) sections.push(keyMessages);
  if (state.reportOrder === 'theme') {
    // The rapporteur's choice for hundreds of answers: one list by theme, with counts.
    sections.push(themesSection(state, (pick) => reportAnswers(state, pick)));
  } else {
    sections.push({ kind: 'mainAnswers', title: labels.mainAnswers, answers: answersTo(state, MAIN_QUESTION_ID) });
    // Palabre's addition; a session without guiding questions has nothing to put under it.
    if (d.rounds.some((r) => r.questions.length > 0)) {
      sections.push({ kind: 'guidingAnswers', title: labels.guidingAnswers, rounds: rounds(state) });
    }
  }
  sections.push(
    { kind: 'audienceQuestions', title: labels.audienceQuestions, questions: audienceQuestions(state) },
    { kind: 'conclusion', title: labels.conclusion, paragraphs: paragraphs(state.conclusion) },
    { kind: 'photo', title: labels.photo, photo: state.photo ? { mime: state.photo.mime } : null },
  );
  return {
    code: state.code,
    language: d.language,
    documentTitle: d.title.trim() || labels.report,
    labels,
    sections: withCharts(sections, state, now),
    footer: labels.generatedOn
      .replace('{date}', formatDay(now, d.language, d.timeZone))
      .replace('{time}', formatClock(formatClockTime(now, d.timeZone), d.language))
      .replace('{zone}', zonePhrase(d.timeZone, d.language)),
  };
}

function header(d: SessionDefinition, labels: ReportLabels): ReportSection {
  // The definition has no event date range, so the event line is the edition: city and year.
  const edition = [d.event.city, d.event.year === null ? '' : String(d.event.year)].filter(Boolean).join(' ');
  return { kind: 'header', theme: d.event.theme, forum: d.event.forum, edition, heading: labels.report };
}

function facts(state: SessionState, labels: ReportLabels): ReportFact[] {
  const d = state.definition;
  return [
    { key: 'title', label: labels.title, value: d.title },
    { key: 'sessionType', label: labels.sessionType, value: d.sessionType },
    { key: 'language', label: labels.language, value: labels.languageName },
    { key: 'date', label: labels.date, value: formatSessionDate(d, state.createdAt) },
    { key: 'time', label: labels.time, value: formatTimeRange(d, d.language) },
    {
      key: 'participants',
      label: labels.participants,
      value: formatParticipants(Object.keys(state.participants).length, state.participantsExtra),
    },
  ];
}

/** Speakers in the live speaking order (shared/turns.ts), each with planned and spoken time. */
function orderedSpeakers(state: SessionState, now: number): ReportSpeaker[] {
  return speakersInOrder(state).map((s) => {
    const turn = state.turns[s.id];
    const ms = turn ? spokenMs(turn, now) : null;
    return {
      id: s.id,
      name: s.name,
      organization: s.organization,
      country: s.country,
      talkTitle: s.talkTitle,
      plannedMinutes: s.minutes,
      spokenMs: ms,
      spokenMinutes: ms === null ? null : msToMinutes(ms),
    };
  });
}

function summaries(state: SessionState, speakers: ReportSpeaker[]): ReportSummary[] {
  // Every speaker appears, notes or not, so the rapporteur fills in wording rather than structure.
  return speakers.map((s) => ({ speakerId: s.id, name: s.name, notes: noteList(state.notes[s.id]?.text ?? '') }));
}

function person(state: SessionState, participantId: string): ReportPerson {
  const p = state.participants[participantId];
  if (!p || p.anonymous || !p.name.trim()) return { name: '', organization: '', country: '', anonymous: true };
  return { name: p.name, organization: p.organization, country: p.country, anonymous: false };
}

/** What the report keeps: not withdrawn by its author, not hidden by the moderator, not left out by the rapporteur. */
export function inReport(a: Answer): boolean {
  return isVisibleAnswer(a) && a.included;
}

/** The text the report shows: the rapporteur's correction when there is one. */
export function reportText(x: { text: string; correctedText: string | null }): string {
  return x.correctedText ?? x.text;
}

/** Oldest first: the order answers came in during the session (ties broken by id, for determinism). */
export function byTime<T extends { createdAt: number; id: string }>(a: T, b: T): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function answersTo(state: SessionState, questionId: string): ReportAnswer[] {
  // A closed question's answers are a tally (a chart), not a list of texts: none are listed here.
  if (isClosedQuestion(state, questionId)) return [];
  const answers = reportAnswers(state, (a) => a.questionId === questionId);
  // A question whose wall was shown on phones: its answers by +1, most first (then as they came).
  if (!wallEverShown(state, questionId)) return answers;
  return byPlusOnes(answers, (id) => plusOneCount(state, id)).map((a, i) => ({ ...a, number: i + 1 }));
}

/** The report's answers `pick` selects, oldest first and numbered; a duplicate counts for the one it repeats. */
function reportAnswers(state: SessionState, pick: (a: Answer) => boolean): ReportAnswer[] {
  const cl = contribLabels(state.definition.language);
  const repeated = repeats(state);
  return Object.values(state.answers)
    .filter((a) => pick(a) && inReport(a) && !(a.duplicateOf && state.answers[a.duplicateOf]))
    .sort(byTime)
    .map((a, i) => {
      const note = answerNote(a, repeated.get(a.id) ?? 0, cl);
      return {
        id: a.id,
        number: i + 1,
        person: a.by ? contributorPerson(a.by, cl) : person(state, a.participantId),
        text: reportText(a),
        highlight: a.highlight,
        featured: a.featured,
        ...(note ? { note } : {}),
        ...(wallEverShown(state, a.questionId) ? { plusOnes: plusOneCount(state, a.id) } : {}),
      };
    });
}

function rounds(state: SessionState): ReportRound[] {
  return state.definition.rounds
    .filter((r) => r.questions.length > 0)
    .map((r) => ({
      id: r.id,
      title: r.title,
      questions: r.questions.map((q, i) => ({
        id: q.id,
        number: i + 1,
        text: q.text,
        answers: answersTo(state, q.id),
      })),
    }));
}

/** Shown to the room and kept by the rapporteur: merged duplicates, hidden, pending and withdrawn ones are not. */
export function aqInReport(q: AudienceQuestion): boolean {
  return isRoomQuestion(q) && q.included;
}

function audienceQuestions(state: SessionState): ReportAudienceQuestion[] {
  const cl = contribLabels(state.definition.language);
  const speakerName = new Map(state.definition.speakers.map((s) => [s.id, s.name]));
  return Object.values(state.audienceQuestions)
    .filter(aqInReport)
    .sort(byTime)
    .map((q) => ({
      id: q.id,
      text: reportText(q),
      askedBy: q.by ? contributorPerson(q.by, cl) : person(state, q.participantId),
      addressedTo: q.speakerId === null ? null : (speakerName.get(q.speakerId) ?? null),
      votes: voteCount(q),
      replies: q.replies.map((r) => ({ by: r.by, gist: r.gist })),
      highlight: q.highlight,
      ...(q.kind === 'remark' ? { remark: true, kindLabel: cl.remark, byLabel: cl.remarkBy } : {}),
    }));
}
