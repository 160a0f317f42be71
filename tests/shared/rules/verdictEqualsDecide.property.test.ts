// The views ask shared/rules.ts which commands are available; the server runs decide(). Over many
// random sessions, states and candidate commands from every role, both give the same verdict.
import { describe, expect, it } from 'vitest';
import type { CommandType } from '../../../shared/commands.js';
import { decide, type Actor } from '../../../shared/decide.js';
import type { ErrorCode } from '../../../shared/errors.js';
import { COMMAND_TYPES, can } from '../../../shared/permissions.js';
import { FORM_REFUSALS, allowed, offered, verdict } from '../../../shared/rules.js';
import { ROLES } from '../../../shared/state.js';
import { Rng } from '../../helpers/domain.js';
import { PIDS, WEIGHTED, randomCommand, simulate } from '../visibility/simulate.js';

const SEEDS = Number(process.env.PALABRE_FUZZ_SEEDS ?? 60);
const STEPS = Number(process.env.PALABRE_FUZZ_STEPS ?? 120);
const FIRST_SEED = Number(process.env.PALABRE_FUZZ_SEED ?? 1);
const CANDIDATES = 8;
/** Left out of the simulation's mix: tried once more per state, from a random stream of their own. */
const EXTRA: CommandType[] = ['cue:send', 'cue:dismiss'];

describe("rules: the views' verdict is decide()'s", () => {
  it(`over ${SEEDS} random sessions of ${STEPS} steps, ${CANDIDATES} candidate commands per state`, () => {
    const accepted = new Map<CommandType, number>();
    const refused = new Map<string, number>();
    for (let seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
      const rng = new Rng(seed * 7919);
      const extra = new Rng(seed * 104_729);
      simulate(seed, STEPS, ({ stepIndex, server, now }) => {
        for (let k = 0; k <= CANDIDATES; k++) {
          const g = k < CANDIDATES ? rng : extra;
          const type = k < CANDIDATES ? rng.pick(WEIGHTED) : extra.pick(EXTRA);
          // Mostly a role that may run it; sometimes any role, so the role's right is covered too.
          const role = g.chance(0.85) ? g.pick(ROLES.filter((r) => can(r, type))) : g.pick(ROLES);
          const actor: Actor = { role, participantId: role === 'participant' ? g.pick(PIDS) : null };
          const command = randomCommand(g, server, type, 1_000 + stepIndex);
          const at = now + g.pick([0, 0, 30_000, 61_000]);
          const d = can(role, type)
            ? decide(server, actor, command, at)
            : { ok: false as const, error: 'forbidden' as const };
          const expected: ErrorCode | null = d.ok ? null : d.error;
          const got = verdict(server, actor, command, at);
          if (got !== expected)
            expect(got, `seed ${seed} step ${stepIndex}: ${role} ${JSON.stringify(command)}`).toBe(expected);
          expect(allowed(server, actor, command, at)).toBe(d.ok);
          expect(offered(server, actor, command, at)).toBe(d.ok || FORM_REFUSALS.includes(expected!));
          if (d.ok) accepted.set(type, (accepted.get(type) ?? 0) + 1);
          else refused.set(`${type}:${d.error}`, (refused.get(`${type}:${d.error}`) ?? 0) + 1);
        }
      });
    }
    // The run must reach both sides of the rules, or it proves nothing.
    if (SEEDS >= 50) {
      for (const t of COMMAND_TYPES) expect(accepted.get(t) ?? 0, `${t} accepted`).toBeGreaterThan(0);
      for (const r of [
        'phase:set:session_ended',
        'phase:set:not_found',
        'timer:start:invalid_state',
        'timer:pause:invalid_state',
        'turn:start:invalid_state',
        'answer:submit:question_closed',
        'answer:submit:profile_required',
        'answer:submit:text_too_long',
        'answer:edit:question_closed',
        'answer:withdraw:forbidden',
        'aq:ask:questions_closed',
        'aq:vote:not_found',
        'aq:vote:invalid_state',
        'aq:approve:invalid_state',
        'aq:merge:invalid_state',
        'aq:pin:invalid_state',
        'aq:answer:invalid_state',
        'speakers:reorder:invalid_payload',
        'profile:set:profile_required',
        'conclusion:set:forbidden',
      ])
        expect(refused.get(r) ?? 0, r).toBeGreaterThan(0);
    }
  });
});
