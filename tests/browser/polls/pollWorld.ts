// A session with one question of each closed kind in round 1, a moderator from Node, phones that
// join through the page, and the projector.
import type { Page } from 'playwright-core';
import type { DefinitionInput } from '../../../shared/definition.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { joinByLink, phone, startWorld, type World } from '../participant/harness.js';

export const POLL_DEFINITION: DefinitionInput = {
  ...SAMPLE_DEFINITION,
  rounds: [
    {
      id: 'r1',
      title: 'Round 1',
      questions: [
        { id: 'vote', text: 'Which priority first?', kind: 'choice', options: ['Jobs', 'Housing', 'Food'] },
        { id: 'cloud', text: 'One to three words for this session', kind: 'words' },
        {
          id: 'feedback',
          text: 'How useful was this session?',
          kind: 'scale',
          min: 1,
          max: 5,
          minLabel: 'Not at all',
          maxLabel: 'Very',
        },
        { id: 'order', text: 'Rank the levers', kind: 'rank', options: ['Finance', 'Law', 'Training'] },
      ],
    },
  ],
};

export async function pollWorld(def: DefinitionInput = POLL_DEFINITION): Promise<World> {
  return startWorld(def);
}

/** A phone joined under `name`, with its page. */
export async function joinedPhone(w: World, name: string) {
  const opened = await phone(w);
  await joinByLink(w, opened.page, name, 'Org', 'Country');
  return opened;
}

export async function reveal(w: World, questionId: string): Promise<void> {
  const ack = await w.moderator.send({ type: 'results:reveal', questionId, shown: true });
  if (!ack.ok) throw new Error(ack.message);
}

export async function onFloor(w: World, questionId: string): Promise<void> {
  const ack = await w.moderator.send({ type: 'phase:set', phase: { kind: 'question', questionId } });
  if (!ack.ok) throw new Error(ack.message);
}

export const sent = (page: Page, questionId: string) =>
  page.getByTestId(`question-${questionId}`).locator('[data-testid="delivery"][data-state="sent"]').waitFor();
