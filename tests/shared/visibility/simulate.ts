// A seeded random session: random valid commands from random roles and participants run through
// `step`, with joins, presence changes and reconnects, while every viewer (moderator, rapporteur,
// projector, each participant) applies only the events it may see. Used by the property tests.
import { isDeepStrictEqual } from 'node:util';
import type { Command, CommandType } from '../../../shared/commands.js';
import { SYSTEM, type Actor } from '../../../shared/decide.js';
import { MAIN_QUESTION_ID, type DefinitionInput } from '../../../shared/definition.js';
import { copyFor, entryFor, step } from '../../../shared/engine.js';
import type { ServerCommand } from '../../../shared/serverCommands.js';
import type { EventEnvelope, SessionEvent, Visibility } from '../../../shared/events.js';
import { COMMAND_TYPES, can } from '../../../shared/permissions.js';
import { apply } from '../../../shared/reducer.js';
import { ROLES, type SessionState } from '../../../shared/state.js';
import { canSee, viewFor, type Viewer } from '../../../shared/visibility.js';
import { Rng, T0, newSession } from '../../helpers/domain.js';
import { isClosedQuestion, kindOf } from '../../../shared/kinds.js';
import { isWallShown } from '../../../shared/wall.js';
import type { QuestionKind } from '../../../shared/questionKinds.js';
import { findQuestion } from '../../../shared/questions.js';

export const PIDS = ['p1', 'p2', 'p3', 'p4', 'p5'] as const;

export interface NamedViewer {
  name: string;
  viewer: Viewer;
}

export const VIEWERS: NamedViewer[] = [
  { name: 'moderator', viewer: { role: 'moderator', participantId: null } },
  { name: 'rapporteur', viewer: { role: 'rapporteur', participantId: null } },
  { name: 'projector', viewer: { role: 'projector', participantId: null } },
  ...PIDS.map((p) => ({ name: p, viewer: { role: 'participant' as const, participantId: p } })),
];

const TEXTS = [
  'Yes',
  '  padded answer  ',
  '',
  '   ',
  '<script>alert(1)</script>',
  'Réponse en français\r\navec deux lignes',
  'x'.repeat(30),
  'y'.repeat(70),
];

/** Closed questions beside free text: q2 a choice, q3 a scale, q4 a word cloud, the main question a ranking. */
export const KIND_ROUNDS: DefinitionInput['rounds'] = [
  {
    id: 'r1',
    title: 'Round 1',
    questions: [
      { id: 'q1', text: 'What works in your city?' },
      { id: 'q2', text: 'Which priority?', kind: 'choice', options: ['Jobs', 'Housing', 'Food'], other: true },
    ],
  },
  {
    id: 'r2',
    title: 'Round 2',
    questions: [
      { id: 'q3', text: 'How useful?', kind: 'scale', min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Very' },
      { id: 'q4', text: 'One word?', kind: 'words' },
    ],
  },
];

/** The rounds with q1's answers shown on phones from the start (`wall`), or not. */
function withWallDefault<R extends { questions: { id: string; wall?: boolean }[] }>(
  rounds: R[] | undefined,
  wall: boolean,
): R[] {
  return (rounds ?? []).map((r) => ({
    ...r,
    questions: r.questions.map((q) => (q.id === 'q1' ? { ...q, wall } : q)),
  }));
}

function definitionFor(rng: Rng): Partial<DefinitionInput> {
  const kinds = rng.chance(0.7);
  return {
    ...(kinds
      ? {
          rounds: withWallDefault(KIND_ROUNDS, rng.chance(0.3)),
          mainQuestionKind: { kind: 'rank', options: ['Finance', 'Law', 'Training'] },
          results: rng.pick(['reveal', 'reveal', 'live'] as const),
        }
      : {}),
    identity: rng.pick(['named', 'optional', 'anonymous'] as const),
    moderation: rng.pick(['approve', 'approve', 'publish'] as const),
    audienceQuestions: rng.pick(['always', 'whenOpen'] as const),
    maxAnswerLength: rng.pick([20, 60, 2_000]),
  };
}

/** Every command type, with the participant's (the most frequent in a real room) weighted up. */
export const WEIGHTED: CommandType[] = [
  // Cues (screens only, tests/shared/cues/cueLifecycle.test.ts) are left out: the seeded
  // runs keep the mix whose coverage the property test asserts.
  ...COMMAND_TYPES.filter((t) => !t.startsWith('cue:')),
  ...([
    'answer:submit',
    'answer:edit',
    // The contribution commands dilute the draw: a participant's edit must still come up.
    'answering:open',
    'answering:open',
    'answer:submit',
    'answer:submit',
    'answer:submit',
    'answer:edit',
    'answer:edit',
    'answer:edit',
    'aq:ask',
    'aq:ask',
    'aq:vote',
    'aq:vote',
    'aq:vote',
    'aq:approve',
    'aq:approve',
    'aq:hide',
    'aq:merge',
    'aq:curate',
    'answer:curate',
    'phase:set',
    'turn:start',
    'aq:withdraw',
    'answer:withdraw',
    // Moving on closes the floor unless kept open: keeping it open leaves answers to edit.
    'floor:keepOpen',
    'answer:edit',
    // Question kinds took a share of the draws: replies (and their removal) and answers keep theirs.
    'aq:answer',
    'answer:submit',
    'answer:submit',
    'answering:open',
    'results:reveal',
    // Merges are rare (two published questions first): a few more draws keep them covered.
    'aq:merge',
    'aq:merge',
    'answer:edit',
    'aq:answer',
    // The wall on phones and its +1s (issue 15).
    'wall:show',
    'wall:show',
    'answer:plusOne',
    'answer:plusOne',
    'answer:plusOne',
    'wall:order',
  ] as CommandType[]),
];

export function randomCommand(rng: Rng, s: SessionState, type: CommandType, n: number): Command {
  const speakerIds = [...s.definition.speakers.map((x) => x.id), 'zz'];
  const questionIds = [MAIN_QUESTION_ID, 'q1', 'q2', 'q3', 'q4', 'zz'];
  const answerIds = [...Object.keys(s.answers), `a${n}`, 'zz'];
  const aqIds = [...Object.keys(s.audienceQuestions), `x${n}`, 'zz'];
  const aq = () =>
    rng.chance(0.9) && Object.keys(s.audienceQuestions).length
      ? rng.pick(Object.keys(s.audienceQuestions))
      : rng.pick(aqIds);
  const ans = () =>
    rng.chance(0.9) && Object.keys(s.answers).length ? rng.pick(Object.keys(s.answers)) : rng.pick(answerIds);
  const bool = () => rng.chance(0.5);
  const maybe = <T>(x: T): T | undefined => (rng.chance(0.5) ? x : undefined);
  const text = () => rng.pick(TEXTS);
  switch (type) {
    case 'phase:set': {
      const kind = rng.pick([
        'lobby',
        'opening',
        'speaker',
        'speaker',
        'question',
        'question',
        'round',
        'audience',
        'closing',
        'ended',
      ] as const);
      if (kind === 'speaker') return { type, phase: { kind, speakerId: rng.pick(speakerIds) } };
      if (kind === 'question') return { type, phase: { kind, questionId: rng.pick(questionIds) } };
      if (kind === 'round') return { type, phase: { kind, roundId: rng.pick(['r1', 'r2', 'zz']) } };
      return { type, phase: { kind } };
    }
    case 'timer:start':
    case 'timer:reset':
      return rng.chance(0.5) ? { type } : { type, durationMs: rng.pick([0, 30_000, 120_000]) };
    case 'timer:adjust':
      return { type, deltaMs: rng.pick([-60_000, 60_000]) };
    case 'timer:pause':
    case 'timer:resume':
    case 'turn:pause':
    case 'turn:resume':
    case 'turn:end':
    case 'session:end':
      return { type };
    case 'speakers:reorder': {
      const order = [...s.speakerOrder];
      for (let i = order.length - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      return { type, order: rng.chance(0.9) ? order : order.slice(1) };
    }
    case 'turn:start':
      return { type, speakerId: rng.pick(speakerIds) };
    case 'answering:open':
    case 'answering:close':
      return { type, questionIds: [rng.pick(questionIds), ...(rng.chance(0.3) ? [rng.pick(questionIds)] : [])] };
    case 'answer:moderate':
      return { type, answerId: ans(), hidden: maybe(bool()), featured: maybe(bool()), approved: maybe(bool()) };
    case 'floor:keepOpen':
      return { type, keep: bool() };
    case 'audience:toggle':
      return { type, open: bool() };
    case 'definition:update': {
      const d = s.definition;
      const speakers = rng.chance(0.5)
        ? [
            ...d.speakers,
            {
              id: `s${n}`,
              name: `Speaker ${n}`,
              organization: '',
              country: '',
              talkTitle: '',
              description: '',
              minutes: 3,
            },
          ]
        : d.speakers.slice(0, Math.max(1, d.speakers.length - 1));
      return {
        type,
        definition: {
          ...d,
          speakers,
          moderation: rng.pick(['approve', 'publish'] as const),
          ...(rng.chance(0.3) ? { results: rng.pick(['reveal', 'live'] as const) } : {}),
          identity: rng.pick(['named', 'optional', 'anonymous'] as const),
          // The setup's wall on phones for q1, turned on or off (shared/wall.ts).
          ...(rng.chance(0.3) ? { rounds: withWallDefault(d.rounds, rng.chance(0.5)) } : {}),
        },
      };
    }
    case 'profile:set':
      return rng.chance(0.7)
        ? {
            type,
            name: `Name ${n}`,
            organization: 'Org',
            country: 'SN',
            language: rng.pick(['fr', 'en', 'es'] as const),
            anonymous: rng.chance(0.3),
          }
        : { type, name: rng.pick(['', 'Solo']), organization: '', country: '', language: 'en', anonymous: bool() };
    case 'answer:submit': {
      const questionId = rng.pick(questionIds);
      return {
        type,
        answerId: rng.chance(0.8) ? `a${n}` : ans(),
        questionId,
        ...answerPayload(rng, text, rng.chance(0.8) ? kindOf(findQuestion(s.definition, questionId)) : undefined),
      };
    }
    case 'answer:edit': {
      // Mostly an answer still open to edits (moving on closes the floor's questions).
      const open = Object.values(s.answers).filter((a) => s.openQuestions.includes(a.questionId));
      const answerId = open.length && rng.chance(0.7) ? rng.pick(open).id : ans();
      const q = s.answers[answerId]?.questionId;
      const kind = q && rng.chance(0.8) ? kindOf(findQuestion(s.definition, q)) : undefined;
      return { type, answerId, ...answerPayload(rng, text, kind) };
    }
    case 'results:reveal':
      return { type, questionId: rng.pick(questionIds), shown: rng.chance(0.7) };
    case 'answer:withdraw':
      return { type, answerId: ans() };
    case 'aq:ask':
      return {
        type,
        questionId: rng.chance(0.8) ? `x${n}` : aq(),
        speakerId: rng.chance(0.5) ? null : rng.pick(speakerIds),
        text: text(),
      };
    case 'aq:vote':
      return { type, questionId: aq(), up: rng.chance(0.7) };
    case 'aq:withdraw':
    case 'aq:approve':
    case 'aq:hide':
      return { type, questionId: aq() };
    case 'aq:merge':
      return { type, questionId: aq(), into: aq() };
    case 'aq:pin':
      return { type, questionId: aq(), pinned: rng.chance(0.7) };
    case 'aq:answer': {
      const questionId = aq();
      // A removal mostly names a reply the question has.
      const remove = rng.chance(0.2);
      const has = s.audienceQuestions[questionId]?.replies.map((r) => r.id) ?? [];
      return {
        type,
        questionId,
        replyId: remove && has.length && rng.chance(0.7) ? rng.pick(has) : rng.pick(['r1', 'r2', 'r3']),
        by: rng.pick(['Aminata Diallo', ' Jean ']),
        gist: text(),
        ...(remove ? { remove: true } : {}),
      };
    }
    case 'notes:save': {
      const sp = rng.pick(speakerIds);
      const rev = s.notes[sp]?.rev ?? 0;
      return { type, speakerId: sp, text: text(), baseRev: rng.chance(0.7) ? rev : rng.int(0, rev + 1) };
    }
    case 'answer:curate':
      return {
        type,
        answerId: ans(),
        included: maybe(bool()),
        highlight: maybe(bool()),
        correctedText: rng.pick([undefined, null, 'Corrected']),
      };
    case 'aq:curate':
      return {
        type,
        questionId: aq(),
        included: maybe(bool()),
        highlight: maybe(bool()),
        correctedText: rng.pick([undefined, null, 'Corrected']),
      };
    case 'conclusion:set':
      return { type, text: text() };
    case 'participantsExtra:set':
      return { type, text: rng.pick(['19 + live', '  ']) };
    case 'cue:send':
      return {
        type,
        cueId: `c${n}`,
        kind: rng.pick(['twoMinutes', 'conclude', 'text'] as const),
        text: text(),
        flash: bool(),
      };
    case 'cue:dismiss':
      return { type, cueId: rng.chance(0.7) ? (s.cue?.id ?? 'zz') : 'zz' };
    case 'answer:record':
      return {
        type,
        answerId: rng.chance(0.8) ? `a${n}` : ans(),
        questionId: rng.pick(questionIds),
        text: text(),
        by: { name: rng.pick(['Ben Zeghadi', '']), organization: '', country: '', public: bool() },
        channel: rng.pick(['room', 'chat', 'email'] as const),
      };
    case 'aq:record':
      return {
        type,
        questionId: rng.chance(0.8) ? `x${n}` : aq(),
        kind: rng.pick(['question', 'remark'] as const),
        speakerId: rng.chance(0.5) ? null : rng.pick(speakerIds),
        text: text(),
        by: { name: rng.pick(['Honoré Quantchi', '']), organization: '', country: '', public: bool() },
        channel: rng.pick(['room', 'chat', 'email'] as const),
      };
    case 'theme:set':
      return { type, themeId: rng.pick(['t1', 't2']), name: rng.pick(['Funding', ' ', 'Networks']) };
    case 'theme:remove':
      return { type, themeId: rng.pick(['t1', 't2']) };
    case 'answer:theme':
      return { type, answerIds: [ans(), ...(rng.chance(0.3) ? [ans()] : [])], themeId: rng.pick(['t1', 't2', null]) };
    case 'answer:duplicate':
      return { type, answerId: ans(), of: rng.chance(0.7) ? ans() : null };
    case 'answer:key':
      return { type, answerId: ans(), key: bool() };
    case 'report:order':
      return { type, by: rng.pick(['question', 'theme'] as const) };
    case 'answer:translation':
      return { type, answerId: ans(), text: text(), from: rng.pick(['es', 'en']) };
    case 'wall:show': {
      // Mostly a free-text question (a closed one's wall is refused).
      const free = questionIds.filter((q) => q !== 'zz' && !isClosedQuestion(s, q));
      return {
        type,
        questionId: rng.chance(0.8) && free.length ? rng.pick(free) : rng.pick(questionIds),
        shown: rng.chance(0.75),
      };
    }
    case 'wall:order':
      return { type, by: rng.pick(['time', 'plusOnes'] as const) };
    case 'answer:plusOne': {
      // Mostly an answer on a shown wall, given and taken back.
      const shown = Object.values(s.answers).filter((a) => isWallShown(s, a.questionId));
      const answerId = rng.chance(0.85) && shown.length ? rng.pick(shown).id : ans();
      return { type, answerId, on: rng.chance(0.6) };
    }
  }
}

/** An answer's payload of a random kind, mostly valid for some question, sometimes not for any. */
function answerPayload(rng: Rng, text: () => string, kind?: QuestionKind) {
  const k = kind ? ['choice', 'scale', 'words', 'rank', 'text'].indexOf(kind) : rng.int(0, 4);
  switch (k) {
    case 0:
      return {
        choices: rng.pick([[0], [2], [1, 2], [3], [5], [0, 0]]),
        ...(rng.chance(0.2) ? { otherText: 'Care' } : {}),
      };
    case 1:
      return { value: rng.pick([1, 3, 5, 0, 6]) };
    case 2:
      return { words: rng.pick([['Coopération'], ['coopérations', 'Trust'], ['a', 'b', 'c', 'd'], ['  ']]) };
    case 3:
      return { order: rng.pick([[0, 1, 2], [2, 0], [1, 1], [4]]) };
    default:
      return { text: text() };
  }
}

export interface StepRecord {
  label: string;
  envelopes: { env: EventEnvelope; vis: Visibility; before: SessionState }[];
}

export type Check = (ctx: {
  seed: number;
  stepIndex: number;
  label: string;
  server: SessionState;
  views: Map<string, SessionState>;
  published: Set<string>;
  /** The server time of the step. */
  now: number;
}) => void;

export interface RunStats {
  events: Map<string, number>;
  refusals: Map<string, number>;
  notable: Map<string, number>;
}

/**
 * Runs one seeded session of `steps` actions. After every action, `check` is called with the server
 * state and every viewer's incrementally built state. `published` holds the ids of audience
 * questions that were ever shown to the whole room (asked in publish mode, or approved).
 */
export function simulate(seed: number, steps: number, check: Check, stats?: RunStats): void {
  const rng = new Rng(seed);
  let server = newSession(definitionFor(rng), T0);
  let now = T0;
  const views = new Map<string, SessionState>(VIEWERS.map((v) => [v.name, viewFor(server, v.viewer)]));
  const published = new Set<string>();
  const joined: string[] = [];
  const bump = (m: Map<string, number> | undefined, k: string) => m?.set(k, (m.get(k) ?? 0) + 1);

  const commit = (envelopes: EventEnvelope[], finalState: SessionState) => {
    let s = server;
    for (const env of envelopes) {
      const entry = entryFor(s, env);
      const { vis } = entry;
      noteNotable(s, env.event);
      s = apply(s, env);
      bump(stats?.events, env.event.type);
      if (env.event.type === 'aq:asked' && env.event.question.status !== 'pending')
        published.add(env.event.question.id);
      if (env.event.type === 'aq:published') published.add(env.event.question.id);
      // Each viewer gets its own copy (a phone's names no one else: phoneEvents).
      for (const v of VIEWERS)
        if (canSee(vis, v.viewer)) views.set(v.name, apply(views.get(v.name)!, copyFor(entry, v.viewer)));
    }
    if (!isDeepStrictEqual(s, finalState))
      throw new Error(`seed ${seed}: step's state differs from applying its envelopes one by one`);
    server = finalState;
  };

  const noteNotable = (s: SessionState, e: SessionEvent) => {
    if (!stats) return;
    const q = 'questionId' in e ? s.audienceQuestions[e.questionId] : undefined;
    if (e.type === 'aq:hidden' && q?.status === 'pending') bump(stats.notable, 'hide pending');
    if (e.type === 'answer:plusOned' && !e.on) bump(stats.notable, 'plusOne taken back');
    if (e.type === 'aq:merged' && q && !published.has(q.id)) bump(stats.notable, 'merge unpublished duplicate');
    if (e.type === 'aq:answered' && q && !published.has(q.id)) bump(stats.notable, 'answer unpublished');
    if (e.type === 'aq:answered' && q?.status === 'hidden') bump(stats.notable, 'answer hidden');
    if (e.type === 'aq:withdrawn' && q && !published.has(q.id) && q.status !== 'pending')
      bump(stats.notable, 'withdraw hidden unpublished');
    if (e.type === 'aq:published') {
      const p = s.audienceQuestions[e.question.id];
      if (p && (p.correctedText !== null || !p.included || p.highlight)) bump(stats.notable, 'publish curated');
      if (p?.status === 'hidden') bump(stats.notable, 'republish hidden');
    }
    if (e.type === 'turn:started' && s.turns[e.speakerId]) bump(stats.notable, 'restart turn');
    if (e.type === 'definition:updated') bump(stats.notable, 'definition updated');
  };

  for (let i = 0; i < steps; i++) {
    now += rng.pick([0, 0, 250, 1_000, 15_000, 61_000]);
    const roll = rng.float();
    let label: string;
    if (roll < 0.08 || joined.length === 0) {
      // A participant connects for the first time, or an existing one drops or comes back.
      const pid = rng.pick(PIDS);
      let command: ServerCommand;
      if (!joined.includes(pid)) {
        joined.push(pid);
        command = { type: 'participant:join', participantId: pid, language: rng.pick(['fr', 'en', 'es'] as const) };
      } else {
        command = { type: 'participant:presence', participantId: pid, connected: rng.chance(0.5) };
      }
      label = `server ${JSON.stringify(command)}`;
      const r = step(server, SYSTEM, command, now);
      if (!r.ok) throw new Error(`${command.type} refused: ${r.error}`);
      commit(r.envelopes, r.state);
    } else if (roll < 0.135 && roll >= 0.12) {
      // The server brings closed questions' tallies up to date (server/results.ts).
      const command: ServerCommand = rng.chance(0.4)
        ? { type: 'wall:refresh' }
        : { type: 'results:refresh', questionIds: [rng.pick(['q2', 'q3', 'q4', 'main', 'q1'])] };
      label = `server ${JSON.stringify(command)}`;
      const r = step(server, SYSTEM, command, now);
      if (!r.ok) throw new Error(`${command.type} refused: ${r.error}`);
      commit(r.envelopes, r.state);
    } else if (roll < 0.12) {
      // A viewer reconnects and receives a snapshot instead of events.
      const v = rng.pick(VIEWERS);
      views.set(v.name, viewFor(server, v.viewer));
      label = `snapshot for ${v.name}`;
    } else {
      let type = rng.pick(WEIGHTED);
      // Not over in the first half: a session must live a while for its answers to be edited,
      // replied to and moved on from (moving on closes the floor's questions).
      if (type === 'session:end' && i < steps / 2) type = rng.pick(WEIGHTED);
      const roles = ROLES.filter((r) => can(r, type));
      const role = rng.pick(roles);
      const actor: Actor = { role, participantId: role === 'participant' ? rng.pick(joined) : null };
      let command = randomCommand(rng, server, type, i);
      if (command.type === 'phase:set' && command.phase.kind === 'ended' && i < steps / 2)
        command = randomCommand(rng, server, type, i);
      label = `${role}${actor.participantId ? ` ${actor.participantId}` : ''} ${JSON.stringify(command)}`;
      const r = step(server, actor, command, now);
      if (r.ok) commit(r.envelopes, r.state);
      else bump(stats?.refusals, `${type}:${r.error}`);
    }
    check({ seed, stepIndex: i, label, server, views, published, now });
  }
}

/** Equality that ignores `seq`: a viewer's seq is the last event *it* saw, at most the server's. */
export const withoutSeq = (s: SessionState): SessionState => ({ ...s, seq: 0 });

export function newStats(): RunStats {
  return { events: new Map(), refusals: new Map(), notable: new Map() };
}
