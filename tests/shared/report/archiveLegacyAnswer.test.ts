// An archive saved before replies, with no event log, holds questions with one `answer` and the
// status 'answered': read, they have today's shape and the report lists the answer as a reply.
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../shared/archive.js';
import { buildReport } from '../../../shared/report/model.js';
import { SEED_NOW, seedSession } from '../../fixtures/report/seedSession.js';

describe('readArchive: a state from before replies', () => {
  it('turns `answer` into the reply r0 and the status "answered" into "published"', () => {
    const b = seedSession('fr');
    const state = JSON.parse(JSON.stringify(b.state)) as { audienceQuestions: Record<string, Record<string, unknown>> };
    for (const q of Object.values(state.audienceQuestions)) {
      const replies = q.replies as { by: string; gist: string; at: number }[];
      delete q.replies;
      q.answer = replies.length ? { by: replies[0]!.by, gist: replies[0]!.gist, at: replies[0]!.at } : null;
      if (replies.length && q.status === 'published') q.status = 'answered';
    }
    const r = readArchive({ version: 1, code: b.state.code, definition: b.state.definition, state, events: [] });
    if (!r.ok) throw new Error(r.error);
    const hub = r.archive.state.audienceQuestions['q-hub']!;
    expect(hub).toMatchObject({ status: 'published', replies: [{ id: 'r0', by: 'Ben Zeghadi' }] });
    expect(hub).not.toHaveProperty('answer');
    expect(r.archive.state.audienceQuestions['q-togo']).toMatchObject({ status: 'published', replies: [] });
    const section = buildReport(r.archive.state, SEED_NOW).sections.find((s) => s.kind === 'audienceQuestions');
    const questions = section?.kind === 'audienceQuestions' ? section.questions : [];
    expect(questions.map((q) => q.id)).toEqual(['q-cultures', 'q-hub', 'q-togo', 'q-civ']);
    expect(questions[0]!.replies.map((x) => x.by)).toEqual(['Ben Zeghadi']);
  });
});
