import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CommandEnvelopeSchema } from '../../../shared/commands.js';
import { MAIN_QUESTION_ID, parseDefinition } from '../../../shared/definition.js';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

// Hostile *content* is data: it is escaped where it is rendered, never rejected or rewritten.
// biome-ignore lint/suspicious/noTemplateCurlyInString: a literal template-looking payload, on purpose
const SCRIPT = '<script>alert("x")</script> & <b onmouseover="steal()">bold</b> \' " `${x}` {{7*7}}';

describe('schemas: HTML and script in text are accepted as data, unchanged', () => {
  it('in commands, through the schema', () => {
    const command = { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: SCRIPT };
    expect(v.parse(CommandEnvelopeSchema, { id: 'c1', command }).command).toEqual(command);
  });

  it('in a definition', () => {
    const r = parseDefinition({
      title: '<img src=x onerror=alert(1)>',
      mainQuestion: SCRIPT,
      speakers: [{ id: 's1', name: '<i>Ana</i>' }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.definition.title).toBe('<img src=x onerror=alert(1)>');
    expect(r.definition.mainQuestion).toBe(SCRIPT);
    expect(r.definition.speakers[0]!.name).toBe('<i>Ana</i>');
  });

  it('stored in the state exactly as typed by participants and staff', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } });
    h.ok(p1!, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: SCRIPT });
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: SCRIPT });
    h.ok(p1!, {
      type: 'profile:set',
      name: '<svg onload=alert(1)>',
      organization: 'A&B',
      country: '"FR"',
      language: 'fr',
      anonymous: false,
    });
    h.ok(RAPPORTEUR, { type: 'notes:save', speakerId: 's1', text: SCRIPT, baseRev: 0 });
    h.ok(RAPPORTEUR, { type: 'conclusion:set', text: SCRIPT });
    h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'r1', by: '<b>Ana</b>', gist: SCRIPT });
    expect(h.state.answers.a1!.text).toBe(SCRIPT);
    expect(h.state.audienceQuestions.x1!.text).toBe(SCRIPT);
    expect(h.state.audienceQuestions.x1!.replies).toMatchObject([{ id: 'r1', by: '<b>Ana</b>', gist: SCRIPT }]);
    expect(h.state.participants.p1!.name).toBe('<svg onload=alert(1)>');
    expect(h.state.notes.s1!.text).toBe(SCRIPT);
    expect(h.state.conclusion).toBe(SCRIPT);
  });
});
