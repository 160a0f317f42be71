// The forum's figures: per session and in total, from each session's state. Countries and
// organizations are counted once however they are typed; withdrawn and hidden answers, withdrawn
// and merged audience questions are not counted; speaking time runs to `now` for a turn under way.
import { describe, expect, it } from 'vitest';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { forumFigures, sessionFigures } from '../../../shared/forumSummary.js';
import { SessionBuilder } from '../../fixtures/report/builder.js';

const T0 = Date.UTC(2026, 10, 20, 13);
const MIN = 60_000;

function heldSession(): SessionBuilder {
  const b = new SessionBuilder(
    'HELD01',
    {
      title: 'Financer l’ESS',
      mainQuestion: 'Comment financer ?',
      date: '2026-11-20',
      startTime: '14:00',
      speakers: [
        { id: 'sp1', name: 'Ana Pérez', organization: 'Red ESS', country: 'México', minutes: 10 },
        { id: 'sp2', name: 'Jo Lee', organization: 'Seoul SE Center', country: 'Korea', minutes: 8 },
      ],
    },
    T0,
  );
  b.join('p1', { name: '김민수', organization: '서울시', country: 'Korea' });
  b.join('p2', { name: 'نور الهدى', organization: 'Red ESS', country: ' méxico ' });
  b.join('p3', { name: 'Anon', anonymous: true, country: 'Secretland' });
  b.mod({ type: 'phase:set', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } });
  b.answer('p1', 'a1', MAIN_QUESTION_ID, 'Des fonds locaux');
  b.answer('p2', 'a2', MAIN_QUESTION_ID, 'Cooperativas de ahorro');
  b.answer('p3', 'a3', MAIN_QUESTION_ID, 'Taken back');
  b.run({ role: 'participant', participantId: 'p3' }, { type: 'answer:withdraw', answerId: 'a3' });
  b.ask('p1', 'q1', 'Quel calendrier ?');
  b.ask('p2', 'q2', 'Quel calendrier exactement ?');
  b.ask('p3', 'q3', 'Withdrawn question');
  b.run({ role: 'participant', participantId: 'p3' }, { type: 'aq:withdraw', questionId: 'q3' });
  b.mod({ type: 'aq:merge', questionId: 'q2', into: 'q1' });
  b.mod({ type: 'turn:start', speakerId: 'sp1' });
  b.wait(7 * MIN).mod({ type: 'turn:end' });
  b.mod({ type: 'turn:start', speakerId: 'sp2' });
  b.wait(3 * MIN);
  return b;
}

function unstarted(): SessionBuilder {
  return new SessionBuilder('LATER1', { title: 'Clôture', date: '2026-11-21', startTime: '09:00' }, T0);
}

describe('forum summary figures', () => {
  it('counts one session’s participants, answers, questions and speaking time', () => {
    const b = heldSession();
    // sp2 still speaking: 3 minutes so far, 2 more by `now`.
    const f = sessionFigures(b.state, b.now + 2 * MIN);
    expect(f).toMatchObject({ code: 'HELD01', status: 'running', participants: 3, answers: 2, questions: 1 });
    expect(f.plannedMinutes).toBe(18);
    expect(f.spokenMs).toBe((7 + 3 + 2) * MIN);
  });

  it('counts a country or organization once however it is typed, and not an anonymous one', () => {
    const f = sessionFigures(heldSession().state, T0);
    expect(f.countries).toEqual(['Korea', 'México']);
    expect(f.organizations).toEqual(['Red ESS', 'Seoul SE Center', '서울시']);
  });

  it('sums the sessions, and counts only started ones as held', () => {
    const a = heldSession();
    const b = unstarted();
    const now = a.now;
    const f = forumFigures([a.state, b.state], now);
    expect(f.sessions.map((s) => s.code)).toEqual(['HELD01', 'LATER1']);
    expect(f.sessions[1]?.status).toBe('notStarted');
    expect(f.held).toBe(1);
    expect(f.participants).toBe(3);
    expect(f.answers).toBe(2);
    expect(f.questions).toBe(1);
    expect(f.plannedMinutes).toBe(18);
    expect(f.spokenMs).toBe(sessionFigures(a.state, now).spokenMs);
  });

  it('says a session ended once it ended', () => {
    const b = heldSession();
    b.mod({ type: 'session:end' });
    expect(sessionFigures(b.state, b.now).status).toBe('ended');
  });

  it('answers zeros for a forum without sessions', () => {
    expect(forumFigures([], T0)).toEqual({
      sessions: [],
      held: 0,
      participants: 0,
      countries: [],
      organizations: [],
      answers: 0,
      questions: 0,
      plannedMinutes: 0,
      spokenMs: 0,
    });
  });
});
