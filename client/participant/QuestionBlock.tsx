// A question to answer: its text, the participant's own answers with their delivery state, and
// the composer (its draft kept when the question closes).
import { For, Show, createMemo, createUniqueId } from 'solid-js';
import { errorMessage } from '../../shared/errors.js';
import type { QuestionRef } from '../../shared/questions.js';
import { answerProbe } from '../../shared/rules.js';
import type { Answer } from '../../shared/state.js';
import { lang } from '../i18n/i18n.js';
import { t } from '../i18n/participant.js';
import { newClientId } from '../sync/ids.js';
import { ClosedQuestion } from './ClosedQuestion.js';
import { Composer } from './Composer.js';
import { stateOf, useLive } from './context.js';
import { questionLabel } from './floor.js';
import { pendingOf } from './outbox.js';
import { useParticipantRules } from './rules.js';
import { OwnAnswer, type OwnItem } from './OwnAnswer.js';
import { PhoneWall } from './PhoneWall.js';
import { isWallShown } from '../../shared/wall.js';

/** `compact`: the question alone on the floor, its text already in the "now" card above (kept for screen readers). */
export function QuestionBlock(props: { question: QuestionRef; compact?: boolean | undefined }) {
  const live = useLive();
  const id = createUniqueId();
  const qid = props.question.id;
  const draft = live.drafts.get(qid);
  const s = () => stateOf(live);
  const rules = useParticipantRules();
  // Open for answers now, as the server decides it (closed questions and an ended session are not).
  const open = () => rules.offered(answerProbe(qid));

  // Stored answers first (oldest first), then those still in the outbox.
  const mine = createMemo<OwnItem[]>(() => {
    const pid = live.participantId();
    const stored: Answer[] = Object.values(s().answers)
      .filter((a) => a.participantId === pid && a.questionId === qid && !a.withdrawn)
      .sort((a, b) => a.createdAt - b.createdAt);
    const queued = pendingOf(live.pending(), 'answer:submit')
      .filter((c) => c.questionId === qid && !s().answers[c.answerId])
      .map((c) => ({ id: c.answerId, text: c.text ?? '', stored: false }));
    return [...stored.map((a) => ({ id: a.id, text: a.text, stored: true })), ...queued];
  });

  let queueing = false;
  const send = (text: string) => {
    if (queueing) return;
    queueing = true;
    // The answer's id is made once, here, and travels with the outbox item: a re-send after a
    // reconnect or a reload carries the same id, so the server keeps the answer once. The draft
    // is cleared only once the outbox holds the text.
    const answerId = newClientId();
    void live.send({ type: 'answer:submit', answerId, questionId: qid, text }, answerId).then(() => {
      draft.clear();
      queueing = false;
    });
  };

  return (
    <article class="card qblock" aria-labelledby={`${id}-q`} data-testid={`question-${qid}`}>
      <div classList={{ 'visually-hidden': props.compact }}>
        <p class="eyebrow">{questionLabel(s(), props.question)}</p>
        <h3 id={`${id}-q`} class="qtext">
          {props.question.text}
        </h3>
      </div>
      <Show when={props.question.kind && props.question.kind !== 'text'}>
        <ClosedQuestion question={props.question} open={open()} />
      </Show>
      <Show when={mine().length && (!props.question.kind || props.question.kind === 'text')}>
        <h4 class="mine-title">{t('yourAnswers', { count: mine().length })}</h4>
        <ul class="mine" data-testid="my-answers">
          <For each={mine().map((m) => m.id)}>
            {(aid) => (
              <Show when={mine().find((m) => m.id === aid)}>{(item) => <OwnAnswer item={item()} open={open()} />}</Show>
            )}
          </For>
        </ul>
      </Show>
      <Show when={!open()}>
        <p class="notice" data-testid="question-closed">
          {draft.text().trim() ? errorMessage('question_closed', lang()) : t('questionClosed')}
        </p>
      </Show>
      <Show when={(!props.question.kind || props.question.kind === 'text') && (open() || draft.text().trim())}>
        <Composer
          label={mine().length ? t('anotherAnswer') : t('yourAnswer')}
          draft={draft}
          max={s().definition.maxAnswerLength}
          sendLabel={t('send')}
          canSend={open()}
          onSend={send}
          testid="answer"
        />
      </Show>
      <Show when={isWallShown(s(), qid)}>
        <PhoneWall questionId={qid} />
      </Show>
    </article>
  );
}
