// The setup editor: every field of a session definition, before the session (home page, after a
// brief is imported) and during it (the moderator console's Setup tab). It edits a local draft and
// hands a validated definition to onSave; nothing leaves it until the moderator saves.
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import { formatBriefWarning, type BriefWarning } from '../../shared/brief/warnings.js';
import { LANGUAGES, LIMITS, type SessionDefinition } from '../../shared/definition.js';
import { common } from '../i18n/common.js';
import { lang, LANGUAGE_NAMES } from '../i18n/i18n.js';
import { SESSION_TYPE_SUGGESTIONS, setupT as t } from '../i18n/setup.js';
import { downloadJson, readJsonDefinition, slug } from './definitionFile.js';
import { ErrorContext, IconButton, NumberField, RadioGroup, SelectField, TextField } from './fields.js';
import {
  fieldId,
  moveQuestion,
  moved,
  newItemId,
  problemOrder,
  questionStep,
  toEditable,
  usedIds,
  validate,
  type Problem,
} from './model.js';
import { formatZoneHint, timeZones } from './timeZones.js';
import './setup.css';

export interface SetupEditorProps {
  definition: SessionDefinition;
  onSave: (d: SessionDefinition) => Promise<{ ok: true } | { ok: false; message: string }>;
  saveLabel?: string;
  /** The brief importer's warnings, worded here in the interface language. */
  warnings?: BriefWarning[];
  unrecognized?: string[];
}

type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

let editorCount = 0;

export default function SetupEditor(props: SetupEditorProps) {
  const uid = `setup${++editorCount}`;
  const initial = toEditable(props.definition);
  const [draft, setDraft] = createStore<SessionDefinition>(initial);
  const [baseline, setBaseline] = createSignal(JSON.stringify(initial));
  let propsJson = JSON.stringify(props.definition);
  let lastSavedJson = '';
  const [conflict, setConflict] = createSignal<SessionDefinition | null>(null);
  const [submitted, setSubmitted] = createSignal(false);
  const [touched, setTouched] = createSignal<ReadonlySet<string>>(new Set());
  const [status, setStatus] = createSignal<SaveStatus>({ kind: 'idle' });
  const [announcement, setAnnouncement] = createSignal('');
  const [undo, setUndo] = createSignal<{ message: string; snapshot: SessionDefinition } | null>(null);
  const [fileNotice, setFileNotice] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [appended, setAppended] = createSignal<ReadonlySet<number>>(new Set());
  let summaryEl: HTMLDivElement | undefined;
  let fileInput!: HTMLInputElement;

  const dirty = createMemo(() => JSON.stringify(draft) !== baseline());
  const result = createMemo(() => validate(draft));
  const problems = createMemo(() => {
    const r = result();
    return r.ok ? new Map<string, Problem>() : new Map(r.problems.map((p) => [p.fieldId, p]));
  });
  const sortedProblems = createMemo(() => {
    const order = problemOrder(draft);
    return [...problems().values()].sort((a, b) => (order.get(a.fieldId) ?? 1e6) - (order.get(b.fieldId) ?? 1e6));
  });
  const messageOf = (p: Problem) => t(`err_${p.code}`, p.vars);
  const errorFor = (id: string): string | undefined => {
    const p = problems().get(id);
    return p && (submitted() || touched().has(id)) ? messageOf(p) : undefined;
  };

  function load(def: unknown, asBaseline: boolean) {
    const e = toEditable(def);
    setDraft(reconcile(e, { key: 'id', merge: false }));
    if (asBaseline) setBaseline(JSON.stringify(e));
    setConflict(null);
    setUndo(null);
  }

  // Live sessions: the definition may change under the editor (this moderator's own save coming
  // back, or another console). A clean draft follows it; a dirty one is never overwritten.
  createEffect(
    on(
      () => props.definition,
      (def) => {
        const json = JSON.stringify(def);
        if (json === propsJson) return;
        propsJson = json;
        if (!dirty() || json === lastSavedJson) load(def, true);
        else setConflict(toEditable(def));
      },
      { defer: true },
    ),
  );

  const touch = (id: string) => {
    if (!id || touched().has(id)) return;
    setTouched(new Set([...touched(), id]));
  };
  const announce = (msg: string) => {
    setAnnouncement('');
    queueMicrotask(() => setAnnouncement(msg));
  };
  const edited = () => {
    if (status().kind !== 'saving') setStatus({ kind: 'idle' });
    setUndo(null);
  };

  /** Runs a structural change and keeps keyboard focus on the control that triggered it. */
  function keepFocus(change: () => void) {
    const active = document.activeElement as HTMLElement | null;
    const id = active?.id;
    change();
    queueMicrotask(() => {
      // Moving into another list recreates the element; ids come from item ids, so find it again.
      const target = active?.isConnected ? active : id ? document.getElementById(id) : null;
      if (target && document.activeElement !== target) target.focus();
    });
  }

  function withUndo(message: string, change: () => void) {
    const snapshot = structuredClone(unwrap(draft));
    change();
    setStatus({ kind: 'idle' });
    setUndo({ message, snapshot });
    announce(message);
  }

  const focusLater = (id: string) => queueMicrotask(() => document.getElementById(id)?.focus());
  const roundLabel = (ri: number) => draft.rounds[ri]?.title.trim() || t('roundN', { n: ri + 1 });

  // ---- Rounds and questions ----
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

  // ---- Speakers ----
  function addSpeaker() {
    const id = newItemId('s', usedIds(draft));
    setDraft('speakers', (ss) => [
      ...ss,
      { id, name: '', organization: '', country: '', talkTitle: '', description: '', minutes: 10 },
    ]);
    edited();
    announce(t('speakerAdded', { n: draft.speakers.length }));
    focusLater(fieldId.speaker(id, 'name'));
  }
  function moveSpeaker(si: number, dir: -1 | 1) {
    const to = si + dir;
    if (to < 0 || to >= draft.speakers.length) return;
    keepFocus(() => setDraft('speakers', (ss) => moved(ss, si, to)));
    edited();
    announce(t('movedPos', { pos: to + 1, total: draft.speakers.length }));
  }
  function removeSpeaker(si: number) {
    const name = draft.speakers[si]?.name.trim() || t('speakerN', { n: si + 1 });
    withUndo(t('speakerRemoved', { name }), () => setDraft('speakers', (ss) => ss.filter((_, i) => i !== si)));
    const next = draft.speakers[si] ?? draft.speakers[si - 1];
    focusLater(next ? fieldId.speaker(next.id, 'name') : 'f-speakers-add');
  }

  /** Alt+↑ / Alt+↓ on anything inside an item moves that item. */
  const moveKeys = (move: (dir: -1 | 1) => void) => (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    e.stopPropagation();
    move(e.key === 'ArrowUp' ? -1 : 1);
  };

  // ---- Saving, files ----
  async function save() {
    setSubmitted(true);
    const r = validate(draft);
    if (!r.ok) {
      setStatus({ kind: 'idle' });
      queueMicrotask(() => summaryEl?.focus());
      return;
    }
    setStatus({ kind: 'saving' });
    let res: Awaited<ReturnType<SetupEditorProps['onSave']>>;
    try {
      res = await props.onSave(r.definition);
    } catch (e) {
      res = { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    if (res.ok) {
      lastSavedJson = JSON.stringify(r.definition);
      load(r.definition, true);
      setSubmitted(false);
      setTouched(new Set<string>());
      setStatus({ kind: 'saved' });
    } else setStatus({ kind: 'failed', message: res.message });
  }

  function exportJson() {
    const name = `palabre-${slug(draft.title) || 'session'}.json`;
    downloadJson(name, unwrap(draft));
    setFileNotice({ ok: true, text: t('exported', { file: name }) });
  }
  async function importJson(file: File) {
    const r = await readJsonDefinition(file);
    if (!r.ok) {
      setFileNotice({
        ok: false,
        text:
          r.reason === 'json' ? t('importNotJson', { file: file.name }) : t('importNotDefinition', { file: file.name }),
      });
      return;
    }
    load(r.definition, false);
    setSubmitted(true);
    setFileNotice({ ok: true, text: t('imported', { file: file.name }) });
  }

  const appendToBackground = (i: number, text: string) => {
    setDraft('background', (b) => (b.trim() ? `${b.trimEnd()}\n\n${text}` : text));
    setAppended(new Set([...appended(), i]));
    edited();
    announce(t('addedToBackground'));
  };

  const zones = timeZones();
  const zoneHint = createMemo(() =>
    formatZoneHint(draft.timeZone, draft.date, draft.startTime, draft.endTime, (k, v) => t(k, v)),
  );
  const totalMinutes = createMemo(() =>
    draft.speakers.reduce((n, s) => n + (Number.isFinite(s.minutes) ? s.minutes : 0), 0),
  );
  const questionCount = createMemo(() => draft.rounds.reduce((n, r) => n + r.questions.length, 0));
  const sessionTypes = () => SESSION_TYPE_SUGGESTIONS[draft.language];

  return (
    <ErrorContext.Provider value={errorFor}>
      <form
        class="setup-editor"
        novalidate
        aria-labelledby={`${uid}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={(e) => {
          // Enter in a one-line field must not create or save the session by accident.
          const el = e.target as HTMLElement;
          if (e.key === 'Enter' && el instanceof HTMLInputElement && el.type !== 'submit' && el.type !== 'button')
            e.preventDefault();
        }}
        onFocusOut={(e) => touch((e.target as HTMLElement).id)}
        onInput={edited}
      >
        <h2 id={`${uid}-title`} class="visually-hidden">
          {t('editorTitle')}
        </h2>

        <Show when={conflict()}>
          {(latest) => (
            <div class="notice se-conflict" role="alert">
              <p>{t('changedElsewhere')}</p>
              <div class="se-actions">
                <button type="button" class="secondary" onClick={() => load(latest(), true)}>
                  {t('loadLatest')}
                </button>
                <button type="button" class="ghost" onClick={() => setConflict(null)}>
                  {t('keepMine')}
                </button>
              </div>
            </div>
          )}
        </Show>

        <Show when={submitted() && sortedProblems().length > 0}>
          <div class="se-error-summary" role="alert" tabindex="-1" ref={summaryEl} aria-labelledby={`${uid}-summary`}>
            <h2 id={`${uid}-summary`}>{t('errorSummary', { count: sortedProblems().length })}</h2>
            <ul>
              <For each={sortedProblems()}>
                {(p) => (
                  <li>
                    <a
                      href={`#${p.fieldId}`}
                      onClick={(e) => {
                        e.preventDefault();
                        const el = document.getElementById(p.fieldId);
                        el?.scrollIntoView({ block: 'center' });
                        el?.focus();
                      }}
                    >
                      {fieldName(p)}: {messageOf(p)}
                    </a>
                  </li>
                )}
              </For>
            </ul>
          </div>
        </Show>

        <Show when={(props.warnings?.length ?? 0) > 0 || (props.unrecognized?.length ?? 0) > 0}>
          <section class="se-import-report" aria-labelledby={`${uid}-import`}>
            <h2 id={`${uid}-import`}>{t('importReportTitle')}</h2>
            <Show when={(props.warnings?.length ?? 0) > 0}>
              <div class="notice">
                <h3>{t('warningsTitle', { count: props.warnings!.length })}</h3>
                <ul>
                  <For each={props.warnings}>{(w) => <li>{formatBriefWarning(w, lang())}</li>}</For>
                </ul>
              </div>
            </Show>
            <Show when={(props.unrecognized?.length ?? 0) > 0}>
              <div class="se-unrecognized" data-testid="unrecognized">
                <h3>{t('unrecognizedTitle', { count: props.unrecognized!.length })}</h3>
                <p class="hint">{t('unrecognizedHint')}</p>
                <ol>
                  <For each={props.unrecognized}>
                    {(text, i) => (
                      <li>
                        <p class="se-fragment">{text}</p>
                        <Show
                          when={!appended().has(i())}
                          fallback={
                            <p class="hint">
                              <span aria-hidden="true">✓ </span>
                              {t('addedToBackground')}
                            </p>
                          }
                        >
                          <button
                            type="button"
                            class="secondary se-small"
                            onClick={() => appendToBackground(i(), text)}
                          >
                            {t('appendToBackground')}
                            <span class="visually-hidden"> ({t('passageN', { n: i() + 1 })})</span>
                          </button>
                        </Show>
                      </li>
                    )}
                  </For>
                </ol>
              </div>
            </Show>
          </section>
        </Show>

        <div class="se-file-bar">
          <button type="button" class="secondary" onClick={exportJson}>
            <span aria-hidden="true">⤓</span> {t('exportJson')}
          </button>
          <button type="button" class="secondary" onClick={() => fileInput.click()}>
            <span aria-hidden="true">⤒</span> {t('importJson')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            tabindex="-1"
            aria-label={t('importJson')}
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (f) void importJson(f);
            }}
          />
          <Show when={fileNotice()}>
            {(n) => (
              <p class={n().ok ? 'hint' : 'error'} role="status">
                {n().text}
              </p>
            )}
          </Show>
        </div>

        {/* ---- The session ---- */}
        <section class="se-section" aria-labelledby={`${uid}-s-session`}>
          <h2 id={`${uid}-s-session`}>{t('section_session')}</h2>
          <TextField
            id={fieldId.top('title')}
            label={t('field_title')}
            value={draft.title}
            onValue={(v) => setDraft('title', v)}
            class="se-wide"
            lang={draft.language}
          />
          <div class="se-grid">
            <TextField
              id={fieldId.top('sessionType')}
              label={t('field_sessionType')}
              hint={t('hint_sessionType')}
              value={draft.sessionType}
              list={`${uid}-types`}
              onValue={(v) => setDraft('sessionType', v)}
            />
            <datalist id={`${uid}-types`}>
              <For each={sessionTypes()}>{(s) => <option value={s} />}</For>
            </datalist>
            <SelectField
              id={fieldId.top('language')}
              label={t('field_language')}
              hint={t('hint_language')}
              value={draft.language}
              onValue={(v) => setDraft('language', v)}
              options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }))}
            />
          </div>
        </section>

        <section class="se-section" aria-labelledby={`${uid}-s-event`}>
          <h2 id={`${uid}-s-event`}>{t('section_event')}</h2>
          <div class="se-grid">
            <TextField
              id={fieldId.top('event.forum')}
              label={t('field_forum')}
              value={draft.event.forum}
              onValue={(v) => setDraft('event', 'forum', v)}
            />
            <TextField
              id={fieldId.top('event.theme')}
              label={t('field_theme')}
              value={draft.event.theme}
              onValue={(v) => setDraft('event', 'theme', v)}
            />
            <TextField
              id={fieldId.top('event.city')}
              label={t('field_city')}
              value={draft.event.city}
              onValue={(v) => setDraft('event', 'city', v)}
            />
            <NumberField
              id={fieldId.top('event.year')}
              label={t('field_year')}
              value={draft.event.year}
              min={1900}
              max={3000}
              emptyIsNull
              onValue={(v) => setDraft('event', 'year', v)}
            />
          </div>
        </section>

        <section class="se-section" aria-labelledby={`${uid}-s-when`}>
          <h2 id={`${uid}-s-when`}>{t('section_schedule')}</h2>
          <div class="se-grid se-grid-4">
            <TextField
              id={fieldId.top('date')}
              type="date"
              label={t('field_date')}
              value={draft.date}
              onValue={(v) => setDraft('date', v)}
            />
            <TextField
              id={fieldId.top('startTime')}
              type="time"
              label={t('field_startTime')}
              value={draft.startTime}
              onValue={(v) => setDraft('startTime', v)}
            />
            <TextField
              id={fieldId.top('endTime')}
              type="time"
              label={t('field_endTime')}
              value={draft.endTime}
              onValue={(v) => setDraft('endTime', v)}
            />
            <TextField
              id={fieldId.top('timeZone')}
              label={t('field_timeZone')}
              hint={zoneHint()}
              value={draft.timeZone}
              list={`${uid}-zones`}
              spellcheck={false}
              onValue={(v) => setDraft('timeZone', v.trim())}
            />
            <datalist id={`${uid}-zones`}>
              <For each={zones}>{(z) => <option value={z} />}</For>
            </datalist>
          </div>
        </section>

        <section class="se-section" aria-labelledby={`${uid}-s-content`}>
          <h2 id={`${uid}-s-content`}>{t('section_content')}</h2>
          <TextField
            id={fieldId.top('background')}
            multiline
            rows={6}
            label={t('field_background')}
            value={draft.background}
            onValue={(v) => setDraft('background', v)}
            lang={draft.language}
          />
          <TextField
            id={fieldId.top('objectives')}
            multiline
            rows={5}
            label={t('field_objectives')}
            value={draft.objectives}
            onValue={(v) => setDraft('objectives', v)}
            lang={draft.language}
          />
        </section>

        {/* ---- Questions ---- */}
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
                    <div class="se-item-actions">
                      <IconButton
                        id={`f-round-${round.id}-up`}
                        icon="↑"
                        move="up"
                        label={t('moveRoundUp', { n: ri() + 1 })}
                        unavailable={ri() === 0}
                        onClick={() => moveRound(ri(), -1)}
                      />
                      <IconButton
                        id={`f-round-${round.id}-down`}
                        icon="↓"
                        move="down"
                        label={t('moveRoundDown', { n: ri() + 1 })}
                        unavailable={ri() === draft.rounds.length - 1}
                        onClick={() => moveRound(ri(), 1)}
                      />
                      <IconButton
                        id={`f-round-${round.id}-delete`}
                        icon="✕"
                        danger
                        label={t('deleteRound', { n: ri() + 1 })}
                        onClick={() => deleteRound(ri())}
                      />
                    </div>
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
                            <div class="se-item-actions">
                              <IconButton
                                id={`${fieldId.question(q.id)}-up`}
                                icon="↑"
                                move="up"
                                label={upLabel()}
                                unavailable={!up()}
                                onClick={() => stepQuestion(ri(), qi(), -1)}
                              />
                              <IconButton
                                id={`${fieldId.question(q.id)}-down`}
                                icon="↓"
                                move="down"
                                label={downLabel()}
                                unavailable={!down()}
                                onClick={() => stepQuestion(ri(), qi(), 1)}
                              />
                              <IconButton
                                id={`${fieldId.question(q.id)}-delete`}
                                icon="✕"
                                danger
                                label={t('deleteQuestion', { n: qi() + 1, round: roundLabel(ri()) })}
                                onClick={() => deleteQuestion(ri(), qi())}
                              />
                            </div>
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

        {/* ---- People ---- */}
        <section class="se-section" aria-labelledby={`${uid}-s-moderator`}>
          <h2 id={`${uid}-s-moderator`}>{t('section_moderator')}</h2>
          <div class="se-grid se-grid-3">
            <TextField
              id={fieldId.top('moderator.name')}
              label={t('field_name')}
              value={draft.moderator.name}
              onValue={(v) => setDraft('moderator', 'name', v)}
            />
            <TextField
              id={fieldId.top('moderator.organization')}
              label={t('field_organization')}
              value={draft.moderator.organization}
              onValue={(v) => setDraft('moderator', 'organization', v)}
            />
            <TextField
              id={fieldId.top('moderator.country')}
              label={t('field_country')}
              value={draft.moderator.country}
              onValue={(v) => setDraft('moderator', 'country', v)}
            />
          </div>
        </section>

        <section class="se-section" aria-labelledby={`${uid}-s-speakers`}>
          <h2 id={`${uid}-s-speakers`}>{t('section_speakers')}</h2>
          <p class="hint">
            {t('speakersSummary', { count: draft.speakers.length })} {t('totalMinutes', { count: totalMinutes() })}
          </p>
          <Show when={draft.speakers.length === 0}>
            <p class="se-empty">{t('noSpeakers')}</p>
          </Show>
          <ol class="se-speakers">
            <For each={draft.speakers}>
              {(sp, si) => (
                <li
                  class="se-speaker card"
                  data-item
                  onKeyDown={moveKeys((d) => moveSpeaker(si(), d))}
                  aria-labelledby={`${uid}-sh-${sp.id}`}
                >
                  <div class="se-item-head">
                    <h3 id={`${uid}-sh-${sp.id}`}>
                      {t('speakerN', { n: si() + 1 })}
                      <Show when={sp.name.trim()}>
                        <span class="se-item-sub">: {sp.name}</span>
                      </Show>
                    </h3>
                    <div class="se-item-actions">
                      <IconButton
                        id={`f-sp-${sp.id}-up`}
                        icon="↑"
                        move="up"
                        label={t('moveSpeakerUp', { n: si() + 1 })}
                        unavailable={si() === 0}
                        onClick={() => moveSpeaker(si(), -1)}
                      />
                      <IconButton
                        id={`f-sp-${sp.id}-down`}
                        icon="↓"
                        move="down"
                        label={t('moveSpeakerDown', { n: si() + 1 })}
                        unavailable={si() === draft.speakers.length - 1}
                        onClick={() => moveSpeaker(si(), 1)}
                      />
                      <IconButton
                        id={`f-sp-${sp.id}-remove`}
                        icon="✕"
                        danger
                        label={t('removeSpeaker', { n: si() + 1 })}
                        onClick={() => removeSpeaker(si())}
                      />
                    </div>
                  </div>
                  <div class="se-grid se-grid-3">
                    <TextField
                      id={fieldId.speaker(sp.id, 'name')}
                      label={t('field_name')}
                      value={sp.name}
                      onValue={(v) => setDraft('speakers', si(), 'name', v)}
                    />
                    <TextField
                      id={fieldId.speaker(sp.id, 'organization')}
                      label={t('field_organization')}
                      value={sp.organization}
                      onValue={(v) => setDraft('speakers', si(), 'organization', v)}
                    />
                    <TextField
                      id={fieldId.speaker(sp.id, 'country')}
                      label={t('field_country')}
                      value={sp.country}
                      onValue={(v) => setDraft('speakers', si(), 'country', v)}
                    />
                  </div>
                  <div class="se-grid se-grid-talk">
                    <TextField
                      id={fieldId.speaker(sp.id, 'talkTitle')}
                      label={t('field_talkTitle')}
                      value={sp.talkTitle}
                      onValue={(v) => setDraft('speakers', si(), 'talkTitle', v)}
                    />
                    <NumberField
                      id={fieldId.speaker(sp.id, 'minutes')}
                      label={t('field_minutes')}
                      value={sp.minutes}
                      min={1}
                      max={240}
                      onValue={(v) => setDraft('speakers', si(), 'minutes', v ?? NaN)}
                    />
                  </div>
                  <TextField
                    id={fieldId.speaker(sp.id, 'description')}
                    multiline
                    rows={3}
                    label={t('field_description')}
                    value={sp.description}
                    onValue={(v) => setDraft('speakers', si(), 'description', v)}
                  />
                </li>
              )}
            </For>
          </ol>
          <button
            type="button"
            class="secondary"
            id="f-speakers-add"
            disabled={draft.speakers.length >= LIMITS.speakers}
            onClick={addSpeaker}
          >
            <span aria-hidden="true">+</span> {t('addSpeaker')}
          </button>
        </section>

        {/* ---- Participation ---- */}
        <section class="se-section" aria-labelledby={`${uid}-s-participation`}>
          <h2 id={`${uid}-s-participation`}>{t('section_participation')}</h2>
          <RadioGroup
            id={fieldId.top('identity')}
            name={`${uid}-identity`}
            legend={t('field_identity')}
            value={draft.identity}
            onValue={(v) => setDraft('identity', v)}
            options={(['named', 'optional', 'anonymous'] as const).map((v) => ({
              value: v,
              label: t(`identity_${v}`),
              hint: t(`identity_${v}_hint`),
            }))}
          />
          <RadioGroup
            id={fieldId.top('audienceQuestions')}
            name={`${uid}-aq`}
            legend={t('field_audienceQuestions')}
            value={draft.audienceQuestions}
            onValue={(v) => setDraft('audienceQuestions', v)}
            options={(['always', 'whenOpen'] as const).map((v) => ({ value: v, label: t(`aq_${v}`) }))}
          />
          <RadioGroup
            id={fieldId.top('moderation')}
            name={`${uid}-moderation`}
            legend={t('field_moderation')}
            value={draft.moderation}
            onValue={(v) => setDraft('moderation', v)}
            options={(['publish', 'approve'] as const).map((v) => ({ value: v, label: t(`moderation_${v}`) }))}
          />
          <NumberField
            id={fieldId.top('maxAnswerLength')}
            label={t('field_maxAnswerLength')}
            hint={t('hint_maxAnswerLength')}
            value={draft.maxAnswerLength}
            min={20}
            max={20_000}
            onValue={(v) => setDraft('maxAnswerLength', v ?? NaN)}
            class="se-narrow"
          />
        </section>

        <div class="se-save-bar">
          <Show when={undo()}>
            {(u) => (
              <div class="se-undo">
                <span>{u().message}</span>
                <button
                  type="button"
                  class="ghost se-small"
                  onClick={() => {
                    setDraft(reconcile(u().snapshot, { key: 'id', merge: false }));
                    setUndo(null);
                    announce(t('undone'));
                  }}
                >
                  {t('undo')}
                </button>
              </div>
            )}
          </Show>
          <p class="se-save-status" role="status" aria-live="polite">
            <Show when={status().kind === 'saving'}>{t('saving')}</Show>
            <Show when={status().kind === 'saved' && !dirty()}>
              <span class="se-ok">✓ {t('saved')}</span>
            </Show>
            <Show when={status().kind === 'failed'}>
              <span class="error">{(status() as { message: string }).message}</span>
            </Show>
            <Show when={status().kind === 'idle' && dirty()}>{t('unsaved')}</Show>
          </p>
          <button type="submit" class="se-save" disabled={status().kind === 'saving'}>
            {props.saveLabel ?? t('save')}
          </button>
        </div>
        <p class="visually-hidden" role="status" aria-live="polite">
          {announcement()}
        </p>
      </form>
    </ErrorContext.Provider>
  );

  function fieldName(p: Problem): string {
    const r = p.ref;
    switch (r.kind) {
      case 'speaker':
        return `${t('speakerN', { n: r.index + 1 })} — ${t(FIELD_LABELS[r.field] ?? 'field_name')}`;
      case 'round':
        return t('roundN', { n: r.index + 1 });
      case 'question':
        return `${roundLabel(r.round)} — ${t('questionN', { n: r.index + 1 })}`;
      case 'field': {
        const label = t(FIELD_LABELS[r.field] ?? 'field_title');
        return r.field.startsWith('moderator.') ? `${t('section_moderator')} — ${label}` : label;
      }
    }
  }
}

const FIELD_LABELS: Record<string, Parameters<typeof t>[0]> = {
  'event.forum': 'field_forum',
  'event.city': 'field_city',
  'event.year': 'field_year',
  'event.theme': 'field_theme',
  title: 'field_title',
  sessionType: 'field_sessionType',
  language: 'field_language',
  date: 'field_date',
  startTime: 'field_startTime',
  endTime: 'field_endTime',
  timeZone: 'field_timeZone',
  background: 'field_background',
  objectives: 'field_objectives',
  mainQuestion: 'field_mainQuestion',
  rounds: 'section_questions',
  speakers: 'section_speakers',
  'moderator.name': 'field_name',
  'moderator.organization': 'field_organization',
  'moderator.country': 'field_country',
  name: 'field_name',
  organization: 'field_organization',
  country: 'field_country',
  talkTitle: 'field_talkTitle',
  description: 'field_description',
  minutes: 'field_minutes',
  identity: 'field_identity',
  audienceQuestions: 'field_audienceQuestions',
  moderation: 'field_moderation',
  maxAnswerLength: 'field_maxAnswerLength',
};
