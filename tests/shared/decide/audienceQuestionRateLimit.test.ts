import { expect, it } from 'vitest';
import { AQ_RATE, decide, SYSTEM } from '../../../shared/decide.js';
import { parseDefinition } from '../../../shared/definition.js';
import { createSession, step } from '../../../shared/engine.js';

it('a participant may ask only a few audience questions per minute; later ones go through', () => {
  const def = parseDefinition({ speakers: [{ id: 's1', name: 'Ben' }] });
  if (!def.ok) throw new Error('definition');
  let s = createSession('ABCDEF', def.definition, 0).state;
  const joined = step(s, SYSTEM, { type: 'participant:join', participantId: 'p1', language: 'en' }, 0);
  if (!joined.ok) throw new Error(joined.error);
  s = joined.state;
  const actor = { role: 'participant' as const, participantId: 'p1' };
  for (let i = 0; i < AQ_RATE.perWindow; i++) {
    const r = step(
      s,
      actor,
      { type: 'aq:ask', questionId: `q${i}`, speakerId: null, text: `Question ${i}` },
      1_000 + i,
    );
    if (!r.ok) throw new Error(r.error);
    s = r.state;
  }
  const refused = decide(s, actor, { type: 'aq:ask', questionId: 'q-extra', speakerId: 's1', text: 'One more' }, 2_000);
  expect(refused).toEqual({ ok: false, error: 'rate_limited' });
  const later = decide(
    s,
    actor,
    { type: 'aq:ask', questionId: 'q-extra', speakerId: 's1', text: 'One more' },
    1_000 + AQ_RATE.windowMs,
  );
  expect(later.ok).toBe(true);
});
