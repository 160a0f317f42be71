// A closed question on the phone: a choice, a scale, words or a ranking, sent through the outbox
// like a text answer (same ids, so a re-send is stored once). While the question is open the form
// stays, holding the participant's answer: sending again changes it (`answer:edit`). The result,
// once the moderator reveals it, as simple bars (ResultBars).
import { For, Show, createMemo, createSignal, createUniqueId, untrack } from 'solid-js';
import { answerError, cleanWords, sameClosed, scaleRange } from '../../shared/kinds.js';
import type { ClosedAnswerFields } from '../../shared/questionKinds.js';
import type { QuestionRef } from '../../shared/questions.js';
import { t as tp } from '../i18n/participant.js';
import { t } from '../i18n/participantPolls.js';
import { newClientId } from '../sync/ids.js';
import { stateOf, useLive } from './context.js';
import { DeliveryLabel } from './DeliveryLabel.js';
import { inFlightState, pendingOf } from './outbox.js';
import { ResultBars } from './ResultBars.js';

export function ClosedQuestion(props: { question: QuestionRef; open: boolean }) {
  const live = useLive();
  const id = createUniqueId();
  const q = props.question;
  const kind = q.kind;
  const options = q.options ?? [];
  const s = () => stateOf(live);

  // The participant's answer: stored (its latest edit still in the outbox wins) or only queued.
  const own = createMemo(() => {
    const pid = live.participantId();
    const a = Object.values(s().answers).find((x) => x.participantId === pid && x.questionId === q.id && !x.withdrawn);
    const pending = live.pending();
    if (a) {
      const edit = pendingOf(pending, 'answer:edit')
        .filter((c) => c.answerId === a.id)
        .at(-1);
      const busy = edit || pendingOf(pending, 'answer:withdraw').some((c) => c.answerId === a.id);
      return { id: a.id, fields: (edit ?? a) as ClosedAnswerFields, sent: !busy };
    }
    const c = pendingOf(pending, 'answer:submit').find((x) => x.questionId === q.id && !s().answers[x.answerId]);
    return c && { id: c.answerId, fields: c as ClosedAnswerFields, sent: false };
  });

  const f = untrack(own)?.fields;
  const [pick, setPick] = createSignal<ClosedAnswerFields>(
    kind === 'rank'
      ? { order: f?.order ?? options.map((_, i) => i) }
      : kind === 'words'
        ? { words: [...(f?.words ?? []), '', '', ''].slice(0, 3) }
        : { choices: f?.choices, otherText: f?.otherText, value: f?.value },
  );
  const payload = (): ClosedAnswerFields => {
    const p = pick();
    if (kind === 'words') return { words: cleanWords(p.words!) };
    if (kind === 'scale') return { value: p.value };
    if (kind === 'rank') return p;
    return p.otherText?.trim() && p.choices?.includes(options.length) ? p : { choices: p.choices ?? [] };
  };
  // Sendable when the question's rules take it and it says something new.
  const ready = () => answerError(q, '', payload()) === null && !sameClosed(payload(), own()?.fields ?? {});

  const submit = (e: Event) => {
    e.preventDefault();
    if (!ready()) return;
    const mine = own();
    if (mine) void live.send({ type: 'answer:edit', answerId: mine.id, ...payload() });
    else {
      const answerId = newClientId();
      void live.send({ type: 'answer:submit', answerId, questionId: q.id, ...payload() }, answerId);
    }
  };
  const toggle = (i: number, on: boolean) => {
    const cs = pick().choices ?? [];
    setPick({ ...pick(), choices: q.multiple ? (on ? [...cs, i] : cs.filter((c) => c !== i)) : [i] });
  };
  const move = (from: number, to: number) => {
    const o = [...pick().order!];
    [o[from], o[to]] = [o[to]!, o[from]!];
    setPick({ order: o });
  };
  const setWord = (i: number, w: string) => {
    const ws = [...pick().words!];
    ws[i] = w;
    setPick({ words: ws });
  };
  /** What the participant answered, in words. */
  const summary = (a: ClosedAnswerFields): string =>
    a.words?.join(' · ') ??
    a.value?.toString() ??
    (a.order ?? a.choices ?? []).map((c) => options[c] ?? a.otherText).join(a.order ? ' › ' : ' · ');
  const { min, max } = scaleRange(q);
  const choiceLabels = [...options, ...(q.other ? [t('other')] : [])];

  return (
    <div class="closed" data-testid={`closed-${kind}`}>
      <Show when={own()}>
        {(mine) => (
          <div class="own" data-testid="my-answer">
            <p class="own-text" data-testid="my-answer-text">
              <bdi>{summary(mine().fields)}</bdi>
            </p>
            <div class="own-meta">
              <DeliveryLabel state={mine().sent ? 'sent' : inFlightState(live.status())} />
              <Show when={props.open && mine().sent}>
                <button
                  type="button"
                  class="ghost small"
                  onClick={() => void live.send({ type: 'answer:withdraw', answerId: mine().id })}
                  data-testid="withdraw-answer"
                >
                  {tp('withdraw')}
                </button>
              </Show>
            </div>
          </div>
        )}
      </Show>
      <Show when={props.open}>
        <form class="composer" onSubmit={submit} data-testid="closed-form">
          <fieldset>
            <legend>
              {kind === 'choice'
                ? t(q.multiple ? 'chooseSeveral' : 'chooseOne')
                : kind === 'scale'
                  ? t('scaleHint', { min, max })
                  : t(kind === 'words' ? 'wordsHint' : 'rankHint')}
            </legend>
            <Show when={kind === 'choice'}>
              <For each={choiceLabels}>
                {(label, i) => (
                  <label class="option">
                    <input
                      type={q.multiple ? 'checkbox' : 'radio'}
                      name={id}
                      checked={pick().choices?.includes(i()) ?? false}
                      onChange={(e) => toggle(i(), e.currentTarget.checked)}
                    />
                    <bdi>{label}</bdi>
                  </label>
                )}
              </For>
              <Show when={pick().choices?.includes(options.length)}>
                <label class="stacked">
                  {t('otherText')}
                  <input
                    maxLength={100}
                    value={pick().otherText ?? ''}
                    onInput={(e) => setPick({ ...pick(), otherText: e.currentTarget.value })}
                    data-testid="other-text"
                  />
                </label>
              </Show>
            </Show>
            <Show when={kind === 'scale'}>
              <div class="scale">
                <For each={Array.from({ length: max - min + 1 }, (_, i) => min + i)}>
                  {(x) => (
                    <button
                      type="button"
                      class="step"
                      aria-pressed={pick().value === x}
                      onClick={() => setPick({ value: x })}
                    >
                      {x}
                    </button>
                  )}
                </For>
              </div>
              <p class="scale-ends">
                <span>{q.minLabel}</span>
                <span>{q.maxLabel}</span>
              </p>
            </Show>
            <Show when={kind === 'words'}>
              <For each={[0, 1, 2]}>
                {(i) => (
                  <label class="stacked">
                    {t('word', { n: i + 1 })}
                    <input maxLength={40} value={pick().words![i]} onInput={(e) => setWord(i, e.currentTarget.value)} />
                  </label>
                )}
              </For>
            </Show>
            <Show when={kind === 'rank'}>
              <ol class="rank">
                <For each={pick().order}>
                  {(o, i) => (
                    <li>
                      <bdi>{options[o]}</bdi>
                      <button
                        type="button"
                        class="ghost small"
                        disabled={i() === 0}
                        aria-label={t('up', { option: options[o]! })}
                        onClick={() => move(i(), i() - 1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        class="ghost small"
                        disabled={i() === options.length - 1}
                        aria-label={t('down', { option: options[o]! })}
                        onClick={() => move(i(), i() + 1)}
                      >
                        ↓
                      </button>
                    </li>
                  )}
                </For>
              </ol>
            </Show>
          </fieldset>
          <div class="actions">
            <button type="submit" disabled={!ready()} data-testid="closed-send">
              {tp('send')}
            </button>
          </div>
        </form>
      </Show>
      <Show when={s().results?.[q.id]} fallback={<p class="hint">{t('hidden')}</p>}>
        {(r) => <ResultBars result={r()} options={options} />}
      </Show>
    </div>
  );
}
