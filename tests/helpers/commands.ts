// One schema-valid command of every type, against SAMPLE_DEFINITION's ids. A Record over
// CommandType, so a new command type does not compile until it has a sample here.
import type { Command, CommandType } from '../../shared/commands.js';
import { SAMPLE_DEFINITION } from './server.js';

export const SAMPLE_COMMANDS: { [T in CommandType]: Extract<Command, { type: T }> } = {
  'phase:set': { type: 'phase:set', phase: { kind: 'opening' } },
  'timer:start': { type: 'timer:start', durationMs: 60_000 },
  'timer:pause': { type: 'timer:pause' },
  'timer:resume': { type: 'timer:resume' },
  'timer:adjust': { type: 'timer:adjust', deltaMs: 60_000 },
  'timer:reset': { type: 'timer:reset', durationMs: 30_000 },
  'speakers:reorder': { type: 'speakers:reorder', order: ['s2', 's1'] },
  'turn:start': { type: 'turn:start', speakerId: 's1' },
  'turn:pause': { type: 'turn:pause' },
  'turn:resume': { type: 'turn:resume' },
  'turn:end': { type: 'turn:end' },
  'answering:open': { type: 'answering:open', questionIds: ['r1q1'] },
  'answering:close': { type: 'answering:close', questionIds: ['r1q1'] },
  'answer:moderate': { type: 'answer:moderate', answerId: 'a1', hidden: true },
  'audience:toggle': { type: 'audience:toggle', open: false },
  'definition:update': {
    type: 'definition:update',
    // The schema's output type; the server parses it again (defaults filled in).
    definition: { ...SAMPLE_DEFINITION, title: 'Changed' } as Extract<
      Command,
      { type: 'definition:update' }
    >['definition'],
  },
  'session:end': { type: 'session:end' },
  'profile:set': {
    type: 'profile:set',
    name: 'Awa Ndiaye',
    organization: 'Enda',
    country: 'Senegal',
    language: 'fr',
    anonymous: false,
  },
  'answer:submit': {
    type: 'answer:submit',
    answerId: 'a1',
    questionId: 'r1q1',
    text: 'Co-construction with the city.',
  },
  'answer:edit': { type: 'answer:edit', answerId: 'a1', text: 'Edited.' },
  'results:reveal': { type: 'results:reveal', questionId: 'r1q1', shown: true },
  'answer:withdraw': { type: 'answer:withdraw', answerId: 'a1' },
  'aq:ask': { type: 'aq:ask', questionId: 'q1', speakerId: 's1', text: 'How is the hub funded?' },
  'aq:vote': { type: 'aq:vote', questionId: 'q1', up: true },
  'aq:withdraw': { type: 'aq:withdraw', questionId: 'q1' },
  'aq:approve': { type: 'aq:approve', questionId: 'q1' },
  'aq:hide': { type: 'aq:hide', questionId: 'q1' },
  'aq:merge': { type: 'aq:merge', questionId: 'q1', into: 'q2' },
  'aq:pin': { type: 'aq:pin', questionId: 'q1', pinned: true },
  'aq:answer': {
    type: 'aq:answer',
    questionId: 'q1',
    replyId: 'r1',
    by: 'Malick Diop',
    gist: 'Public and private funds.',
  },
  'notes:save': { type: 'notes:save', speakerId: 's1', text: 'Key points', baseRev: 0 },
  'answer:curate': { type: 'answer:curate', answerId: 'a1', highlight: true },
  'aq:curate': { type: 'aq:curate', questionId: 'q1', included: false },
  'conclusion:set': { type: 'conclusion:set', text: 'Conclusion.' },
  'participantsExtra:set': { type: 'participantsExtra:set', text: '+ 12 online' },
};
