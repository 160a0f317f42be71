// Test helpers for the pure session domain: a session with two speakers, a main question and two
// rounds, participants joining, and a small harness that runs commands through `step` with an
// explicit clock and keeps the event log.
import { expect } from 'vitest';
import type { Command } from '../../shared/commands.js';
import { decide, SYSTEM, type Actor, type SystemActor } from '../../shared/decide.js';
import {
  parseDefinition,
  type DefinitionInput,
  type Language,
  type SessionDefinition,
} from '../../shared/definition.js';
import { createSession, step } from '../../shared/engine.js';
import type { ErrorCode } from '../../shared/errors.js';
import type { EventEnvelope, SessionEvent } from '../../shared/events.js';
import { apply } from '../../shared/reducer.js';
import type { AnyCommand } from '../../shared/serverCommands.js';
import type { SessionState } from '../../shared/state.js';

/** A fixed server time (2021-10-21 11:00 UTC, the seed session's start) so tests never read the clock. */
export const T0 = Date.UTC(2021, 9, 21, 11, 0, 0);
export const SEC = 1_000;
export const MIN = 60_000;

export const MODERATOR: Actor = { role: 'moderator', participantId: null };
export const RAPPORTEUR: Actor = { role: 'rapporteur', participantId: null };
export const PROJECTOR: Actor = { role: 'projector', participantId: null };
export const participant = (id: string): Actor => ({ role: 'participant', participantId: id });

/** Speakers, main question and rounds of a GSEF-style workshop, small enough to reason about. */
export function definitionInput(overrides: Partial<DefinitionInput> = {}): DefinitionInput {
  return {
    title: 'Social economy and local development',
    language: 'en',
    mainQuestion: 'How can local governments support the social economy?',
    rounds: [
      {
        id: 'r1',
        title: 'Round 1',
        questions: [
          { id: 'q1', text: 'What works in your city?' },
          { id: 'q2', text: 'What does not?' },
        ],
      },
      {
        id: 'r2',
        title: 'Round 2',
        questions: [
          { id: 'q3', text: 'What would you change first?' },
          { id: 'q4', text: 'Who should lead?' },
        ],
      },
    ],
    speakers: [
      { id: 's1', name: 'Aminata Diallo', organization: 'RENAPESS', country: 'Mali', minutes: 10 },
      { id: 's2', name: 'Jean Tremblay', organization: 'Chantier', country: 'Canada', minutes: 5 },
    ],
    ...overrides,
  };
}

export function makeDefinition(overrides: Partial<DefinitionInput> = {}): SessionDefinition {
  const r = parseDefinition(definitionInput(overrides));
  if (!r.ok) throw new Error(`test definition is invalid: ${JSON.stringify(r.issues)}`);
  return r.definition;
}

/** A fresh session: the state right after its `session:created` event (seq 1). */
export function newSession(overrides: Partial<DefinitionInput> = {}, now = T0, code = 'ABC234'): SessionState {
  return createSession(code, makeDefinition(overrides), now).state;
}

export interface Profile {
  name: string;
  organization: string;
  country: string;
  language?: Language;
}

export const PROFILES: Record<string, Profile> = {
  p1: { name: 'Awa Ndiaye', organization: 'Enda', country: 'Senegal' },
  p2: { name: 'Kofi Mensah', organization: 'Coop Lomé', country: 'Togo' },
  p3: { name: 'Léa Martin', organization: 'Ville de Bordeaux', country: 'France' },
  p4: { name: 'Youssef Ben Ali', organization: 'Tunis ESS', country: 'Tunisia' },
};

/** Runs a command that must succeed; returns the new state and the envelopes. */
export function run(state: SessionState, actor: Actor, command: Command, now: number) {
  const r = step(state, actor, command, now);
  if (!r.ok) throw new Error(`${command.type} by ${actor.role} refused: ${r.error}`);
  return r;
}

/** Runs a command that must be refused, and returns the error code. */
export function refusal(state: SessionState, actor: Actor, command: Command, now: number): ErrorCode {
  const d = decide(state, actor, command, now);
  if (d.ok) throw new Error(`${command.type} by ${actor.role} was accepted: ${JSON.stringify(d.events)}`);
  return d.error;
}

export const eventTypes = (envs: readonly EventEnvelope[]): string[] => envs.map((e) => e.event.type);

/**
 * A session driven through `step` with an explicit clock, keeping the full event log so tests can
 * replay it. `now` only moves when a test says so.
 */
export class Harness {
  state: SessionState;
  log: EventEnvelope[];
  now: number;

  constructor(overrides: Partial<DefinitionInput> = {}, now = T0) {
    this.now = now;
    const r = createSession('ABC234', makeDefinition(overrides), now);
    this.state = r.state;
    this.log = [...r.envelopes];
  }

  advance(ms: number): this {
    this.now += ms;
    return this;
  }

  at(time: number): this {
    this.now = time;
    return this;
  }

  /** Runs a command that must succeed; returns the events it produced. */
  ok(actor: Actor | SystemActor, command: AnyCommand): SessionEvent[] {
    const r = step(this.state, actor, command, this.now);
    if (!r.ok)
      throw new Error(
        `${command.type} by ${actor.role}${actor.participantId ? ` ${actor.participantId}` : ''} refused: ${r.error}`,
      );
    this.state = r.state;
    this.log.push(...r.envelopes);
    return r.envelopes.map((e) => e.event);
  }

  /** Runs a command that must be refused (the state is left unchanged); returns the error code. */
  no(actor: Actor, command: Command): ErrorCode {
    const before = this.state;
    const r = step(this.state, actor, command, this.now);
    if (r.ok)
      throw new Error(
        `${command.type} by ${actor.role} was accepted: ${JSON.stringify(r.envelopes.map((e) => e.event))}`,
      );
    expect(this.state).toBe(before);
    return r.error;
  }

  /**
   * Raw events, stamped and applied without decide: only for events decide no longer produces (a
   * legacy log's). Everything the server does goes through `ok` (its own commands by SYSTEM).
   */
  appendRaw(...events: SessionEvent[]): void {
    for (const event of events) {
      const env = { seq: this.state.seq + 1, at: this.now, event };
      this.state = apply(this.state, env);
      this.log.push(env);
    }
  }

  /** A participant's presence changes (the server's own command). */
  presence(pid: string, connected: boolean): void {
    this.ok(SYSTEM, { type: 'participant:presence', participantId: pid, connected });
  }

  /** A participant connects for the first time; with a profile, they also fill it in. */
  join(pid: string, profile?: Profile | 'anonymous'): Actor {
    const lang = profile && profile !== 'anonymous' ? (profile.language ?? 'en') : 'en';
    this.ok(SYSTEM, { type: 'participant:join', participantId: pid, language: lang });
    const actor = participant(pid);
    if (profile === 'anonymous') {
      this.ok(actor, { type: 'profile:set', name: '', organization: '', country: '', language: 'en', anonymous: true });
    } else if (profile) {
      this.ok(actor, {
        type: 'profile:set',
        name: profile.name,
        organization: profile.organization,
        country: profile.country,
        language: lang,
        anonymous: false,
      });
    }
    return actor;
  }

  /** Joins p1, p2, … with the standard profiles. */
  joinAll(...pids: string[]): Actor[] {
    return pids.map((pid) => this.join(pid, PROFILES[pid] ?? { name: pid, organization: 'Org', country: 'Country' }));
  }
}

/** One valid command of every type (valid for the schema; not necessarily for any given state). */
export function validCommands(): Command[] {
  return [
    { type: 'phase:set', phase: { kind: 'question', questionId: 'main' } },
    { type: 'timer:start', durationMs: 5 * MIN },
    { type: 'floor:keepOpen', keep: true },
    { type: 'timer:pause' },
    { type: 'timer:resume' },
    { type: 'timer:adjust', deltaMs: -MIN },
    { type: 'timer:reset', durationMs: 0 },
    { type: 'speakers:reorder', order: ['s2', 's1'] },
    { type: 'turn:start', speakerId: 's1' },
    { type: 'turn:pause' },
    { type: 'turn:resume' },
    { type: 'turn:end' },
    { type: 'answering:open', questionIds: ['q1', 'q2'] },
    { type: 'answering:close', questionIds: ['q1'] },
    { type: 'answer:moderate', answerId: 'a1', hidden: true, featured: false },
    { type: 'audience:toggle', open: true },
    { type: 'definition:update', definition: makeDefinition() },
    { type: 'session:end' },
    {
      type: 'profile:set',
      name: 'Awa Ndiaye',
      organization: 'Enda',
      country: 'Sénégal',
      language: 'fr',
      anonymous: false,
    },
    { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: 'Une réponse' },
    { type: 'answer:edit', answerId: 'a1', text: 'Une autre réponse' },
    { type: 'answer:withdraw', answerId: 'a1' },
    { type: 'aq:ask', questionId: 'x1', speakerId: null, text: '¿Cómo se financia?' },
    { type: 'aq:vote', questionId: 'x1', up: true },
    { type: 'aq:withdraw', questionId: 'x1' },
    { type: 'aq:approve', questionId: 'x1' },
    { type: 'aq:hide', questionId: 'x1' },
    { type: 'aq:merge', questionId: 'x2', into: 'x1' },
    { type: 'aq:pin', questionId: 'x1', pinned: true },
    { type: 'aq:answer', questionId: 'x1', replyId: 'r1', by: 'Aminata Diallo', gist: 'Mixed funding.' },
    { type: 'notes:save', speakerId: 's1', text: '- point', baseRev: 3 },
    { type: 'answer:curate', answerId: 'a1', included: true, highlight: true, correctedText: null },
    { type: 'aq:curate', questionId: 'x1', correctedText: 'Fixed' },
    { type: 'conclusion:set', text: 'Conclusion' },
    { type: 'participantsExtra:set', text: '19 + live' },
    { type: 'cue:send', cueId: 'c1', kind: 'text', text: 'Five minutes, please', flash: true },
    { type: 'cue:dismiss', cueId: 'c1' },
    {
      type: 'answer:record',
      answerId: 'rec_1',
      questionId: 'main',
      text: 'Said in the room',
      by: { name: 'Ben Zeghadi', organization: 'CRESS Mayotte', country: 'France', public: false },
      channel: 'room',
    },
    {
      type: 'aq:record',
      questionId: 'rem_1',
      kind: 'remark',
      speakerId: null,
      text: 'ESS au Togo',
      by: { name: '', organization: '', country: '', public: true },
      channel: 'chat',
    },
    { type: 'theme:set', themeId: 't_1', name: 'Funding' },
    { type: 'theme:remove', themeId: 't_1' },
    { type: 'answer:theme', answerIds: ['a1', 'a2'], themeId: null },
    { type: 'answer:duplicate', answerId: 'a2', of: 'a1' },
    { type: 'answer:key', answerId: 'a1', key: true },
    { type: 'report:order', by: 'theme' },
    { type: 'answer:translation', answerId: 'a1', text: 'Traduit', from: 'es' },
    { type: 'results:reveal', questionId: 'q1', shown: true },
    { type: 'wall:show', questionId: 'main', shown: true },
    { type: 'wall:order', by: 'plusOnes' },
    { type: 'answer:plusOne', answerId: 'a1', on: false },
  ];
}

/** mulberry32: a tiny deterministic PRNG, so a failing random run is reproduced from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    if (!xs.length) throw new Error('pick from an empty list');
    return xs[Math.floor(this.next() * xs.length)]!;
  }
}
