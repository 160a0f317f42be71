// Curating what goes into the report: every answer, grouped by question, and every audience
// question with who answered and the gist.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { allQuestions } from '../../shared/questions.js';
import type { Answer, AudienceQuestion, SessionState } from '../../shared/state.js';
import type { SessionClient } from '../sync/sessionClient.js';
import { tc } from '../i18n/common.js';
import { tr } from '../i18n/rapporteur.js';
import { CurateItem } from './CurateItem.js';

function authorOf(s: SessionState, participantId: string): string {
  const p = s.participants[participantId];
  if (!p || p.anonymous || !p.name) return tc('anonymous');
  return [p.name, p.organization, p.country].filter(Boolean).join(', ');
}

export function Curation(props: { client: SessionClient; state: () => SessionState }) {
  const questions = createMemo(() => allQuestions(props.state().definition));
  const answersFor = (qid: string): Answer[] =>
    Object.values(props.state().answers)
      .filter((a) => a.questionId === qid)
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const roundTitle = (roundId: string | null) => props.state().definition.rounds.find((r) => r.id === roundId)?.title ?? '';
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
                        author: authorOf(props.state(), a.participantId),
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
            <For each={aqs()}>{(q) => <AudienceItem client={props.client} state={props.state} q={q} author={authorOf(props.state(), q.participantId)} />}</For>
          </ul>
        </Show>
      </section>
    </div>
  );
}

function AudienceItem(props: { client: SessionClient; state: () => SessionState; q: AudienceQuestion; author: string }) {
  const speaker = () => props.state().definition.speakers.find((s) => s.id === props.q.speakerId);
  const [by, setBy] = createSignal(props.q.answer?.by ?? speaker()?.name ?? '');
  const [gist, setGist] = createSignal(props.q.answer?.gist ?? '');
  const base = `aq-${props.q.id}`;
  return (
    <>
      <CurateItem
        item={{
          id: props.q.id,
          author: props.author,
          text: props.q.text,
          included: props.q.included,
          highlight: props.q.highlight,
          correctedText: props.q.correctedText,
          note: `${speaker() ? tr('toSpeaker', { name: speaker()!.name }) : tr('toPanel')} · ${tr('votes', { count: props.q.voters.length })}`,
        }}
        onCurate={(patch) => void props.client.send({ type: 'aq:curate', questionId: props.q.id, ...patch })}
      />
      <li class="aq-answer">
        <form
          class="row wrap"
          onSubmit={(e) => {
            e.preventDefault();
            void props.client.send({ type: 'aq:answer', questionId: props.q.id, by: by().trim(), gist: gist().trim() });
          }}
        >
          <div class="field grow">
            <label for={`${base}-by`}>{tr('answeredBy')}</label>
            <input id={`${base}-by`} list={`${base}-speakers`} value={by()} onInput={(e) => setBy(e.currentTarget.value)} />
            <datalist id={`${base}-speakers`}>
              <For each={props.state().definition.speakers}>{(s) => <option value={s.name} />}</For>
            </datalist>
          </div>
          <div class="field grow2">
            <label for={`${base}-gist`}>{tr('gist')}</label>
            <textarea id={`${base}-gist`} rows={2} value={gist()} onInput={(e) => setGist(e.currentTarget.value)} />
          </div>
          <button type="submit" class="secondary">{tr('recordAnswer')}</button>
        </form>
      </li>
    </>
  );
}
