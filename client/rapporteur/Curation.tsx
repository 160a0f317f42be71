// Curating what goes into the report: every answer, grouped by question, and every audience
// question with its replies (who answered and the gist), to add, edit or remove.
import { isolate } from '../../shared/bidi.js';
import { createMemo, For, Show } from 'solid-js';
import { allQuestions } from '../../shared/questions.js';
import { type Actor, newReplyProbe, offered } from '../../shared/rules.js';
import { voteCount, type Answer, type AudienceQuestion, type SessionState } from '../../shared/state.js';
import type { SessionClient } from '../sync/sessionClient.js';
import { tc } from '../i18n/common.js';
import { tr } from '../i18n/rapporteur.js';
import { AqReplies } from '../common/AqReplies.js';
import { CurateItem } from './CurateItem.js';
import type { Contributor } from '../../shared/contrib/types.js';
import { tx } from '../i18n/contrib.js';

// No rapporteur command's acceptance depends on the time.
const RAPPORTEUR: Actor = { role: 'rapporteur', participantId: null };

function authorOf(s: SessionState, participantId: string): string {
  const p = s.participants[participantId];
  if (!p || p.anonymous || !p.name) return tc('anonymous');
  return [p.name, p.organization, p.country].filter(Boolean).map(isolate).join(', ');
}

/** Who a contribution recorded by the staff is from, and where it came from. */
function recordedAuthor(by: Contributor): string {
  const who = [by.name, by.organization, by.country].filter(Boolean).map(isolate).join(', ') || tc('anonymous');
  return `${by.public ? `${tx('public')} · ` : ''}${who} (${tx(`channel_${by.channel}`)})`;
}

export function Curation(props: { client: SessionClient; state: () => SessionState }) {
  const questions = createMemo(() => allQuestions(props.state().definition));
  const answersFor = (qid: string): Answer[] =>
    Object.values(props.state().answers)
      .filter((a) => a.questionId === qid)
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const roundTitle = (roundId: string | null) =>
    props.state().definition.rounds.find((r) => r.id === roundId)?.title ?? '';
  // The store keeps each question's identity: an item and its open reply form stay in place while
  // votes and replies arrive.
  const aqs = createMemo(() =>
    Object.values(props.state().audienceQuestions)
      .filter((q) => q.status !== 'merged' && q.status !== 'pending' && !q.withdrawn)
      .sort((a, b) => a.createdAt - b.createdAt),
  );
  return (
    <div class="curation">
      <For each={questions()}>
        {(q) => (
          <section class="card" aria-labelledby={`q-${q.id}`}>
            <h3 id={`q-${q.id}`}>
              {q.roundId ? `${roundTitle(q.roundId)} · ${tc('questionN', { n: q.index })}` : tc('mainQuestion')}
            </h3>
            <p class="question-text">{q.text}</p>
            <p class="hint">{tr('answers', { count: answersFor(q.id).filter((a) => !a.withdrawn).length })}</p>
            <Show when={answersFor(q.id).length} fallback={<p class="hint">{tr('noAnswers')}</p>}>
              <ul class="curate-list">
                <For each={answersFor(q.id)}>
                  {(a) => (
                    <CurateItem
                      item={{
                        id: a.id,
                        author: a.by ? recordedAuthor(a.by) : authorOf(props.state(), a.participantId),
                        text: a.text,
                        included: a.included,
                        highlight: a.highlight,
                        correctedText: a.correctedText,
                        note: a.withdrawn ? tr('withdrawn') : a.hidden ? tr('hiddenByModerator') : undefined,
                      }}
                      onCurate={(patch) => void props.client.send({ type: 'answer:curate', answerId: a.id, ...patch })}
                    />
                  )}
                </For>
              </ul>
            </Show>
          </section>
        )}
      </For>
      <section class="card" aria-labelledby="aq-h">
        <h3 id="aq-h">{tr('audienceQuestions')}</h3>
        <Show when={aqs().length} fallback={<p class="hint">{tr('noAudienceQuestions')}</p>}>
          <ul class="curate-list">
            <For each={aqs()}>{(q) => <AudienceItem client={props.client} state={props.state} id={q.id} />}</For>
          </ul>
        </Show>
      </section>
    </div>
  );
}

function AudienceItem(props: { client: SessionClient; state: () => SessionState; id: string }) {
  const q = (): AudienceQuestion => props.state().audienceQuestions[props.id]!;
  const speaker = () => props.state().definition.speakers.find((s) => s.id === q().speakerId);
  const speakers = () =>
    props
      .state()
      .speakerOrder.map((id) => props.state().definition.speakers.find((s) => s.id === id))
      .filter((s) => s !== undefined);
  const short = () => (q().text.length > 60 ? `${q().text.slice(0, 57)}…` : q().text);
  return (
    <>
      <CurateItem
        item={{
          id: q().id,
          author: q().by ? recordedAuthor(q().by!) : authorOf(props.state(), q().participantId),
          text: q().text,
          included: q().included,
          highlight: q().highlight,
          correctedText: q().correctedText,
          note: `${speaker() ? tr('toSpeaker', { name: speaker()!.name }) : tr('toPanel')} · ${tr('votes', { count: voteCount(q()) })}${q().status === 'hidden' ? ` · ${tr('hiddenByModerator')}` : ''}`,
        }}
        onCurate={(patch) => void props.client.send({ type: 'aq:curate', questionId: q().id, ...patch })}
      />
      <li class="aq-answer">
        <AqReplies
          question={q()}
          speakers={speakers()}
          send={(c) => props.client.send(c)}
          canAdd={offered(props.state(), RAPPORTEUR, newReplyProbe(q().id), Date.now())}
          label={short()}
        />
      </li>
    </>
  );
}
