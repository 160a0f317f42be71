// Commands: what a client asks for. Every client→server payload is validated by these valibot
// schemas on the server before anything else happens (the client uses the same types).
import * as v from 'valibot';
import { CUE_KINDS, MAX_CUE_TEXT } from './cues.js';
import { DefinitionSchema, LANGUAGES, isSafeId } from './definition.js';
import { AQ_KINDS, CHANNELS, REPORT_ORDERS } from './contrib/types.js';
import { WALL_ORDERS } from './wall.js';

const id = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(64),
  v.regex(/^[A-Za-z0-9_-]+$/),
  v.check(isSafeId, 'reserved id'),
);
/** Text length is checked against the session's own limit in decide(); this is the hard ceiling. */
const text = v.pipe(v.string(), v.maxLength(20_000));
const short = v.pipe(v.string(), v.maxLength(300));

const PhaseSchema = v.variant('kind', [
  v.object({ kind: v.literal('lobby') }),
  v.object({ kind: v.literal('opening') }),
  v.object({ kind: v.literal('speaker'), speakerId: id }),
  v.object({ kind: v.literal('question'), questionId: id }),
  v.object({ kind: v.literal('round'), roundId: id }),
  v.object({ kind: v.literal('audience') }),
  v.object({ kind: v.literal('closing') }),
  v.object({ kind: v.literal('ended') }),
]);

/** Who a recorded contribution is from: a name (unless a member of the public), optionally where from. */
function ContributorSchema() {
  return v.object({
    name: short,
    organization: v.optional(short, ''),
    country: v.optional(short, ''),
    public: v.optional(v.boolean(), false),
  });
}
const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
/** A closed answer's fields (shared/questionKinds.ts ClosedAnswerFields); their sense is checked in rules. */
const closed = {
  choices: v.optional(v.pipe(v.array(index), v.maxLength(20))),
  otherText: v.optional(short),
  order: v.optional(v.pipe(v.array(index), v.maxLength(20))),
  value: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-1000), v.maxValue(1000))),
  words: v.optional(v.pipe(v.array(short), v.maxLength(10))),
};

const ms = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 3600_000));

export const CommandSchema = v.variant('type', [
  // Moderator: the run of show and the timer.
  v.object({ type: v.literal('phase:set'), phase: PhaseSchema }),
  v.object({ type: v.literal('timer:start'), durationMs: v.optional(ms) }),
  v.object({ type: v.literal('timer:pause') }),
  v.object({ type: v.literal('timer:resume') }),
  v.object({
    type: v.literal('timer:adjust'),
    deltaMs: v.pipe(v.number(), v.integer(), v.minValue(-3600_000), v.maxValue(3600_000)),
  }),
  v.object({ type: v.literal('timer:reset'), durationMs: v.optional(ms) }),
  v.object({ type: v.literal('speakers:reorder'), order: v.pipe(v.array(id), v.maxLength(100)) }),
  v.object({ type: v.literal('turn:start'), speakerId: id }),
  v.object({ type: v.literal('turn:pause') }),
  v.object({ type: v.literal('turn:resume') }),
  v.object({ type: v.literal('turn:end') }),
  v.object({ type: v.literal('answering:open'), questionIds: v.pipe(v.array(id), v.minLength(1), v.maxLength(100)) }),
  v.object({ type: v.literal('answering:close'), questionIds: v.pipe(v.array(id), v.minLength(1), v.maxLength(100)) }),
  v.object({
    type: v.literal('answer:moderate'),
    answerId: id,
    hidden: v.optional(v.boolean()),
    featured: v.optional(v.boolean()),
    /** In a session whose answers are reviewed first: on the projector's wall (true) or not yet. */
    approved: v.optional(v.boolean()),
  }),
  v.object({ type: v.literal('audience:toggle'), open: v.boolean() }),
  v.object({ type: v.literal('definition:update'), definition: DefinitionSchema }),
  v.object({ type: v.literal('session:end') }),
  // Participant.
  v.object({
    type: v.literal('profile:set'),
    name: short,
    organization: short,
    country: short,
    language: v.picklist(LANGUAGES),
    anonymous: v.boolean(),
  }),
  // `text` for a free-text question; for a closed one its kind's field instead (docs/protocol.md).
  v.object({ type: v.literal('answer:submit'), answerId: id, questionId: id, text: v.optional(text), ...closed }),
  v.object({ type: v.literal('answer:edit'), answerId: id, text: v.optional(text), ...closed }),
  v.object({ type: v.literal('answer:withdraw'), answerId: id }),
  v.object({ type: v.literal('aq:ask'), questionId: id, speakerId: v.nullable(id), text }),
  v.object({ type: v.literal('aq:vote'), questionId: id, up: v.boolean() }),
  v.object({ type: v.literal('aq:withdraw'), questionId: id }),
  // Moderator (and rapporteur for answers): audience question moderation.
  v.object({ type: v.literal('aq:approve'), questionId: id }),
  v.object({ type: v.literal('aq:hide'), questionId: id }),
  v.object({ type: v.literal('aq:merge'), questionId: id, into: id }),
  v.object({ type: v.literal('aq:pin'), questionId: id, pinned: v.boolean() }),
  // One reply per `replyId` (client-generated, so a retry is applied once and an edit targets it):
  // the same id again replaces that reply in place; `remove: true` deletes it (`by` and `gist` ignored).
  v.object({
    type: v.literal('aq:answer'),
    questionId: id,
    replyId: id,
    by: short,
    gist: text,
    remove: v.optional(v.boolean()),
  }),
  // Rapporteur (and moderator): notes and curation.
  v.object({
    type: v.literal('notes:save'),
    speakerId: id,
    text,
    baseRev: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.object({
    type: v.literal('answer:curate'),
    answerId: id,
    included: v.optional(v.boolean()),
    highlight: v.optional(v.boolean()),
    correctedText: v.optional(v.nullable(text)),
  }),
  v.object({
    type: v.literal('aq:curate'),
    questionId: id,
    included: v.optional(v.boolean()),
    highlight: v.optional(v.boolean()),
    correctedText: v.optional(v.nullable(text)),
  }),
  v.object({ type: v.literal('conclusion:set'), text }),
  v.object({ type: v.literal('participantsExtra:set'), text: short }),
  // Moderator → speaker view (shared/cues.ts); the speaker view may dismiss the cue it shows.
  v.object({
    type: v.literal('cue:send'),
    cueId: id,
    kind: v.picklist(CUE_KINDS),
    text: v.pipe(v.string(), v.maxLength(MAX_CUE_TEXT)),
    flash: v.boolean(),
  }),
  v.object({ type: v.literal('cue:dismiss'), cueId: id }),
  // Moderator and rapporteur: a contribution recorded on someone's behalf (docs/protocol.md).
  v.object({
    type: v.literal('answer:record'),
    answerId: id,
    questionId: id,
    text,
    by: ContributorSchema(),
    channel: v.picklist(CHANNELS),
  }),
  v.object({
    type: v.literal('aq:record'),
    questionId: id,
    kind: v.picklist(AQ_KINDS),
    speakerId: v.optional(v.nullable(id), null),
    text,
    by: ContributorSchema(),
    channel: v.picklist(CHANNELS),
  }),
  // Rapporteur (and moderator): synthesis of many answers.
  v.object({ type: v.literal('theme:set'), themeId: id, name: v.pipe(v.string(), v.maxLength(120)) }),
  v.object({ type: v.literal('theme:remove'), themeId: id }),
  v.object({
    type: v.literal('answer:theme'),
    answerIds: v.pipe(v.array(id), v.minLength(1), v.maxLength(100)),
    themeId: v.nullable(id),
  }),
  v.object({ type: v.literal('answer:duplicate'), answerId: id, of: v.nullable(id) }),
  v.object({ type: v.literal('answer:key'), answerId: id, key: v.boolean() }),
  v.object({ type: v.literal('report:order'), by: v.picklist(REPORT_ORDERS) }),
  v.object({
    type: v.literal('answer:translation'),
    answerId: id,
    text,
    from: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/)),
  }),
  // Moderator: whether moving on leaves the questions on the floor open (shared/floor.ts).
  v.object({ type: v.literal('floor:keepOpen'), keep: v.boolean() }),
  // Moderator: a closed question's results shown to the room (projector and phones), or hidden again.
  v.object({ type: v.literal('results:reveal'), questionId: id, shown: v.boolean() }),
  // Moderator: a text question's answers shown on phones (the wall), and the order of the screens' walls.
  v.object({ type: v.literal('wall:show'), questionId: id, shown: v.boolean() }),
  v.object({ type: v.literal('wall:order'), by: v.picklist(WALL_ORDERS) }),
  // Participant: a +1 on someone else's answer on the wall (`on: false` takes it back).
  v.object({ type: v.literal('answer:plusOne'), answerId: id, on: v.boolean() }),
]);

export type Command = v.InferOutput<typeof CommandSchema>;
export type CommandType = Command['type'];

/** The envelope every command travels in; `id` is client-generated so a retry is applied once. */
export const CommandEnvelopeSchema = v.object({ id: id, command: CommandSchema });
export type CommandEnvelope = v.InferOutput<typeof CommandEnvelopeSchema>;
