// The questions: the main question, then rounds of questions (add, rename, reorder, delete; a
// question moves within its round or on into the next one).
import { createMemo, For, Show } from 'solid-js';
import { reconcile, unwrap } from 'solid-js/store';
import { LIMITS } from '../../../shared/definition.js';
import { common } from '../../i18n/common.js';
import { setupT as t } from '../../i18n/setup.js';
import type { EditorState } from '../editorState.js';
import { ItemActions, TextField } from '../fields.js';
import { KindEditor } from './KindEditor.js';
import { fieldId, moveQuestion, moved, newItemId, questionStep, usedIds } from '../model.js';

export function RoundsSection(props: { ed: EditorState }) {
  const { uid, draft, setDraft, edited, announce, keepFocus, withUndo, focusLater, roundLabel, moveKeys } = props.ed;
  function addRound() {
    const taken = usedIds(draft);
    const n = draft.rounds.length + 1;
    const id = newItemId('r', taken);
    const title = `${common[draft.language].phase_round} ${n}`;
    setDraft('rounds', (rs) => [...rs, { id, title, questions: [{ id: newItemId('q', taken), text: '' }] }]);
    edited();
    announce(t('roundAdded', { n }));
    focusLater(fieldId.round(id));
  }
  function moveRound(ri: number, dir: -1 | 1) {
    const to = ri + dir;
    if (to < 0 || to >= draft.rounds.length) return;
    keepFocus(() => setDraft('rounds', (rs) => moved(rs, ri, to)));
    edited();
    announce(t('movedPos', { pos: to + 1, total: draft.rounds.length }));
  }
  function deleteRound(ri: number) {
    const label = roundLabel(ri);
    const count = draft.rounds[ri]?.questions.length ?? 0;
    withUndo(count ? t('roundDeleted', { title: label, count }) : t('roundDeletedEmpty', { title: label }), () =>
      setDraft('rounds', (rs) => rs.filter((_, i) => i !== ri)),
    );
    const next = draft.rounds[ri] ?? draft.rounds[ri - 1];
    focusLater(next ? fieldId.round(next.id) : 'f-rounds-add');
  }
  function addQuestion(ri: number) {
    const id = newItemId('q', usedIds(draft));
    setDraft('rounds', ri, 'questions', (qs) => [...qs, { id, text: '' }]);
    edited();
    focusLater(fieldId.question(id));
  }
  function stepQuestion(ri: number, qi: number, dir: -1 | 1) {
    const to = questionStep(draft, ri, qi, dir);
    if (!to) return;
    keepFocus(() =>
      setDraft('rounds', reconcile(moveQuestion(unwrap(draft), { ri, qi }, to), { key: 'id', merge: false })),
    );
    edited();
    const total = draft.rounds[to.ri]?.questions.length ?? 0;
    announce(
      to.ri === ri
        ? t('movedPos', { pos: to.qi + 1, total })
        : t('movedRound', { round: roundLabel(to.ri), pos: to.qi + 1, total }),
    );
  }
  function deleteQuestion(ri: number, qi: number) {
    const qs = draft.rounds[ri]?.questions ?? [];
    withUndo(t('questionDeleted', { n: qi + 1, round: roundLabel(ri) }), () =>
      setDraft('rounds', ri, 'questions', (list) => list.filter((_, i) => i !== qi)),
    );
    const next = qs[qi] ?? qs[qi - 1];
    focusLater(next ? fieldId.question(next.id) : fieldId.roundAdd(draft.rounds[ri]!.id));
  }
  const questionCount = createMemo(() => draft.rounds.reduce((n, r) => n + r.questions.length, 0));

  return (
    <section class="se-section" aria-labelledby={`${uid}-s-questions`}>
      <h2 id={`${uid}-s-questions`}>{t('section_questions')}</h2>
      <TextField
        id={fieldId.top('mainQuestion')}
        multiline
        rows={2}
        label={t('field_mainQuestion')}
        hint={t('hint_mainQuestion')}
        value={draft.mainQuestion}
        onValue={(v) => setDraft('mainQuestion', v)}
        lang={draft.language}
      />
      <KindEditor
        value={draft.mainQuestionKind ?? {}}
        label={t('field_mainQuestion')}
        onChange={(f) => {
          setDraft('mainQuestionKind', f.kind ? { ...f } : undefined);
          edited();
        }}
      />
      <p class="hint">
        {t('questionsSummary', { count: questionCount() })} {t('reorderHint')}
      </p>
      <Show when={draft.rounds.length === 0}>
        <p class="se-empty">{t('noRounds')}</p>
      </Show>
      <ol class="se-rounds">
        <For each={draft.rounds}>
          {(round, ri) => (
            <li
              class="se-round card"
              data-item
              onKeyDown={moveKeys((d) => moveRound(ri(), d))}
              aria-labelledby={`${uid}-rh-${round.id}`}
            >
              <div class="se-item-head">
                <h3 id={`${uid}-rh-${round.id}`}>{t('roundN', { n: ri() + 1 })}</h3>
                <ItemActions
                  id={`f-round-${round.id}`}
                  labels={{
                    up: t('moveRoundUp', { n: ri() + 1 }),
                    down: t('moveRoundDown', { n: ri() + 1 }),
                    remove: t('deleteRound', { n: ri() + 1 }),
                  }}
                  canUp={ri() > 0}
                  canDown={ri() < draft.rounds.length - 1}
                  onMove={(by) => moveRound(ri(), by)}
                  onRemove={() => deleteRound(ri())}
                />
              </div>
              <TextField
                id={fieldId.round(round.id)}
                label={t('field_roundTitle')}
                value={round.title}
                onValue={(v) => setDraft('rounds', ri(), 'title', v)}
                lang={draft.language}
              />
              <Show when={round.questions.length === 0}>
                <p class="se-empty">{t('noQuestions')}</p>
              </Show>
              <ol class="se-questions">
                <For each={round.questions}>
                  {(q, qi) => {
                    const up = () => questionStep(draft, ri(), qi(), -1);
                    const down = () => questionStep(draft, ri(), qi(), 1);
                    const upLabel = () =>
                      up() && up()!.ri !== ri()
                        ? t('moveQuestionToRound', { n: qi() + 1, round: roundLabel(up()!.ri) })
                        : t('moveQuestionUp', { n: qi() + 1 });
                    const downLabel = () =>
                      down() && down()!.ri !== ri()
                        ? t('moveQuestionToRound', { n: qi() + 1, round: roundLabel(down()!.ri) })
                        : t('moveQuestionDown', { n: qi() + 1 });
                    return (
                      <li class="se-question" data-item onKeyDown={moveKeys((d) => stepQuestion(ri(), qi(), d))}>
                        <TextField
                          id={fieldId.question(q.id)}
                          multiline
                          rows={2}
                          label={
                            <>
                              <span class="visually-hidden">{roundLabel(ri())}, </span>
                              {t('questionN', { n: qi() + 1 })}
                            </>
                          }
                          value={q.text}
                          onValue={(v) => setDraft('rounds', ri(), 'questions', qi(), 'text', v)}
                          lang={draft.language}
                        />
                        <ItemActions
                          id={fieldId.question(q.id)}
                          labels={{
                            up: upLabel(),
                            down: downLabel(),
                            remove: t('deleteQuestion', { n: qi() + 1, round: roundLabel(ri()) }),
                          }}
                          canUp={up() !== null}
                          canDown={down() !== null}
                          onMove={(by) => stepQuestion(ri(), qi(), by)}
                          onRemove={() => deleteQuestion(ri(), qi())}
                        />
                        <KindEditor
                          value={q}
                          label={`${roundLabel(ri())}, ${t('questionN', { n: qi() + 1 })}`}
                          onChange={(f) => {
                            setDraft('rounds', ri(), 'questions', qi(), f);
                            edited();
                          }}
                        />
                      </li>
                    );
                  }}
                </For>
              </ol>
              <button
                type="button"
                class="secondary"
                id={fieldId.roundAdd(round.id)}
                disabled={round.questions.length >= LIMITS.questionsPerRound}
                onClick={() => addQuestion(ri())}
              >
                <span aria-hidden="true">+</span> {t('addQuestion')}
                <span class="visually-hidden"> ({roundLabel(ri())})</span>
              </button>
            </li>
          )}
        </For>
      </ol>
      <button
        type="button"
        class="secondary"
        id="f-rounds-add"
        disabled={draft.rounds.length >= LIMITS.rounds}
        onClick={addRound}
      >
        <span aria-hidden="true">+</span> {t('addRound')}
      </button>
    </section>
  );
}
