// A session with the main question on the floor, three participants and two answers (p1's, p2's).
import type { DefinitionInput } from '../../../shared/definition.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

export function wallSession(overrides: Partial<DefinitionInput> = {}) {
  const h = new Harness(overrides);
  const [p1, p2, p3] = h.joinAll('p1', 'p2', 'p3');
  h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'main' } });
  h.ok(p1!, { type: 'answer:submit', answerId: 'a1', questionId: 'main', text: 'Shared kitchens' });
  h.ok(p2!, { type: 'answer:submit', answerId: 'a2', questionId: 'main', text: 'Cooperative banks' });
  return { h, p1: p1!, p2: p2!, p3: p3! };
}

export const showWall = { type: 'wall:show', questionId: 'main', shown: true } as const;
export const plusOne = (answerId: string, on = true) => ({ type: 'answer:plusOne', answerId, on }) as const;
