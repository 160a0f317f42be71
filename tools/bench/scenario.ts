// The scripted session the bench runs: a GSEF-style workshop (main question, two rounds of three
// guiding questions, four speakers) and the moderator's run of show, each step producing events
// every participant sees (phase changes, turns, timers sent once as an end time).
import type { Command } from '../../shared/commands.js';
import type { DefinitionInput } from '../../shared/definition.js';

export const BENCH_DEFINITION: DefinitionInput = {
  title: 'Bench: social economy and local development',
  language: 'en',
  mainQuestion: 'How can local governments and SSE actors co-create solutions?',
  rounds: [
    {
      id: 'r1',
      title: 'Round 1',
      questions: [
        { id: 'r1q1', text: 'What has worked in your city?' },
        { id: 'r1q2', text: 'What did not work?' },
        { id: 'r1q3', text: 'Who took part?' },
      ],
    },
    {
      id: 'r2',
      title: 'Round 2',
      questions: [
        { id: 'r2q1', text: 'What would you change first?' },
        { id: 'r2q2', text: 'Who should lead?' },
        { id: 'r2q3', text: 'How would you fund it?' },
      ],
    },
    {
      id: 'r3',
      title: 'Round 3',
      questions: [{ id: 'poll', text: 'Which priority first?', kind: 'choice', options: ['Jobs', 'Housing', 'Food'] }],
    },
  ],
  speakers: [
    { id: 's1', name: 'Aminata Diallo', organization: 'RENAPESS', country: 'Mali', minutes: 10 },
    { id: 's2', name: 'Jean Tremblay', organization: 'Chantier', country: 'Canada', minutes: 8 },
    { id: 's3', name: 'Léa Martin', organization: 'Ville de Bordeaux', country: 'France', minutes: 8 },
    { id: 's4', name: 'Youssef Ben Ali', organization: 'Tunis ESS', country: 'Tunisia', minutes: 8 },
  ],
  identity: 'optional',
};

/** The poll phase's choice question and its number of options. */
export const POLL_QUESTION_ID = 'poll';
export const POLL_OPTIONS = 3;

export const QUESTION_IDS = ['main', 'r1q1', 'r1q2', 'r1q3', 'r2q1', 'r2q2', 'r2q3'];

/**
 * The moderator's run of show, repeated as long as the bench needs probes. Every step yields at least
 * one event visible to all participants, so each one is a fan-out sample. After one pass every
 * question is open for answers.
 */
export const RUN_OF_SHOW: Command[] = [
  { type: 'phase:set', phase: { kind: 'opening' } },
  { type: 'turn:start', speakerId: 's1' },
  { type: 'timer:pause' },
  { type: 'timer:resume' },
  { type: 'turn:start', speakerId: 's2' },
  { type: 'timer:adjust', deltaMs: 60_000 },
  { type: 'turn:start', speakerId: 's3' },
  { type: 'turn:start', speakerId: 's4' },
  { type: 'phase:set', phase: { kind: 'question', questionId: 'main' } },
  { type: 'timer:start', durationMs: 5 * 60_000 },
  { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } },
  { type: 'timer:start', durationMs: 10 * 60_000 },
  { type: 'phase:set', phase: { kind: 'round', roundId: 'r2' } },
  { type: 'timer:adjust', deltaMs: -60_000 },
  { type: 'phase:set', phase: { kind: 'audience' } },
  { type: 'phase:set', phase: { kind: 'closing' } },
];

/** Answer text of realistic length (a sentence or two typed on a phone). */
export function answerText(n: number, who: string): string {
  return `Answer ${n} from ${who}: co-construction with the city, a shared hub and local procurement.`;
}
