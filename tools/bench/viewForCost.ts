// The cost of one snapshot in a big room: what every reconnecting phone asks of the server,
// hundreds at once when a node is lost. `npx tsx tools/bench/viewForCost.ts [participants]
// [answers]` prints µs per snapshot: a phone through the room (its answer index, what the server
// does), a phone with the pass over every answer (viewFor alone, as before the index), a projector.
import { applyBatch } from '../../shared/batchState.js';
import { MAIN_QUESTION_ID, parseDefinition } from '../../shared/definition.js';
import type { EventEnvelope } from '../../shared/events.js';
import { initialState } from '../../shared/state.js';
import { viewFor, type Viewer } from '../../shared/visibility.js';
import { Room } from '../../server/room.js';

const [participants = 1000, answers = 15000] = process.argv.slice(2).map(Number);
const def = parseDefinition({});
if (!def.ok) throw new Error('definition');
const envs: EventEnvelope[] = [];
let seq = 0;
const push = (event: EventEnvelope['event']) => envs.push({ seq: ++seq, at: seq, event });
for (let i = 0; i < participants; i++)
  push({
    type: 'participant:joined',
    participantId: `p${i}`,
    name: `P ${i}`,
    organization: '',
    country: '',
    language: 'en',
    anonymous: false,
  });
for (let i = 0; i < answers; i++)
  push({
    type: 'answer:submitted',
    answerId: `a${i}`,
    participantId: `p${i % participants}`,
    questionId: MAIN_QUESTION_ID,
    text: `answer number ${i}`,
  });
const state = applyBatch(initialState('ABCDEF', def.definition, 0), envs);
// Loaded from a snapshot of that state, as a node reloads a room.
const room = new Room('ABCDEF', [], state);

function measure(label: string, snapshot: () => { answers: object }, rounds: number) {
  for (let i = 0; i < 5; i++) snapshot();
  const t0 = process.hrtime.bigint();
  let kept = 0;
  for (let i = 0; i < rounds; i++) kept += Object.keys(snapshot().answers).length;
  const us = Number(process.hrtime.bigint() - t0) / 1000 / rounds;
  process.stdout.write(`${label}: ${us.toFixed(1)} µs per snapshot (${kept / rounds} answers kept)\n`);
}

const phones: Viewer[] = Array.from({ length: participants }, (_, i) => ({
  role: 'participant',
  participantId: `p${i}`,
}));
let next = 0;
const roomSnapshot = () => {
  const w = room.catchUp(phones[next++ % participants]!, undefined);
  if (w.kind !== 'snapshot') throw new Error('expected a snapshot');
  return w.state;
};
process.stdout.write(`${participants} participants, ${answers} answers\n`);
measure('phone, through the room (answer index)', roomSnapshot, 1000);
measure('phone, viewFor over every answer', () => viewFor(state, phones[next++ % participants]!), 200);
measure('projector', () => viewFor(state, { role: 'projector', participantId: null }), 50);
