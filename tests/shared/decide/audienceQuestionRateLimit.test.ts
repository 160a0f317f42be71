import { expect, it } from 'vitest';
import { AQ_RATE, decide, joinEvent } from '../../../shared/decide.js';
import { parseDefinition } from '../../../shared/definition.js';
import { appendEvents, step } from '../../../shared/engine.js';
import { initialState } from '../../../shared/state.js';

it('a participant may ask only a few audience questions per minute; later ones go through', () => {
  const def = parseDefinition({ speakers: [{ id: 's1', name: 'Ben' }] });
  if (!def.ok) throw new Error('definition');
  let s = initialState('ABCDEF', def.definition, 0);
  s = appendEvents(s, [joinEvent('p1', 'en', s)], 0).state;
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
