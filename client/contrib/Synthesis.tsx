// The rapporteur's synthesis of many answers: themes (create, rename, remove; assign by keyboard,
// by drag or for a selection), a suggested grouping by shared words that changes nothing until
// accepted, duplicates merged into the oldest, key messages, the report's order, a language
// filter, and a translation on request when a translation server is set.
import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import type { Command } from '../../shared/commands.js';
import { answerLanguages } from '../../shared/contrib/language.js';
import type { TranslateInfo } from '../../shared/contrib/http.js';
import { suggestThemes, type ThemeSuggestion } from '../../shared/contrib/suggest.js';
import type { Theme } from '../../shared/contrib/types.js';
import { errorMessage, type Ack } from '../../shared/errors.js';
import { allQuestions } from '../../shared/questions.js';
import type { Answer, SessionState } from '../../shared/state.js';
import { tc } from '../i18n/common.js';
import { languageName, tx } from '../i18n/contrib.js';
import { lang } from '../i18n/i18n.js';
import { newClientId } from '../sync/ids.js';
import { SynthesisAnswer } from './SynthesisAnswer.js';
import './contrib.css';

export interface SynthesisProps {
  state: () => SessionState;
  send: (c: Command) => Promise<Ack>;
  code: string;
  apiKey: string;
}

const DRAG_TYPE = 'application/x-palabre-answers';

export function Synthesis(props: SynthesisProps) {
  const [langFilter, setLangFilter] = createSignal('');
  const [questionFilter, setQuestionFilter] = createSignal('');
  const [themeFilter, setThemeFilter] = createSignal('');
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set());
  const [target, setTarget] = createSignal('');
  const [newName, setNewName] = createSignal('');
  const [suggestions, setSuggestions] = createSignal<ThemeSuggestion[] | null>(null);
  const [said, setSaid] = createSignal('');
  const [error, setError] = createSignal('');
  const [translator, setTranslator] = createSignal<TranslateInfo | null>(null);

  onMount(async () => {
    try {
      const r = await fetch(`/api/sessions/${encodeURIComponent(props.code)}/translate`, {
        headers: { authorization: `Bearer ${props.apiKey}` },
      });
      if (r.ok) setTranslator((await r.json()) as TranslateInfo);
    } catch {
      /* offline: the setting line says nothing until it can be read */
    }
  });

  const send = async (c: Command): Promise<Ack> => {
    const ack = await props.send(c);
    setError(ack.ok ? '' : errorMessage(ack.error, lang()));
    return ack;
  };
  const themes = createMemo<Theme[]>(() => Object.values(props.state().themes ?? {}).sort((a, b) => a.order - b.order));
  const all = createMemo(() =>
    Object.values(props.state().answers)
      .filter((a) => !a.withdrawn)
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)),
  );
  const shown = createMemo(() =>
    all().filter(
      (a) =>
        (!langFilter() || (a.language ?? props.state().definition.language) === langFilter()) &&
        (!questionFilter() || a.questionId === questionFilter()) &&
        (!themeFilter() ||
          (themeFilter() === '-' ? !a.themeId || !props.state().themes?.[a.themeId] : a.themeId === themeFilter())),
    ),
  );
  const languages = createMemo(() =>
    answerLanguages(all().map((a) => ({ language: a.language ?? props.state().definition.language }))),
  );
  const countIn = (themeId: string) => all().filter((a) => a.themeId === themeId && !a.duplicateOf).length;
  const themeName = (id: string | null | undefined) => (id ? props.state().themes?.[id]?.name : undefined);

  const assign = async (answerIds: string[], themeId: string | null) => {
    if (!answerIds.length) return;
    // At most 100 answers per command (the schema's bound on any list): a big selection goes in parts.
    let ok = true;
    for (let i = 0; i < answerIds.length; i += 100) {
      const ack = await send({ type: 'answer:theme', answerIds: answerIds.slice(i, i + 100), themeId });
      ok &&= ack.ok;
    }
    if (ok) setSaid(themeId ? tx('assigned', { theme: themeName(themeId) ?? '' }) : tx('unassigned'));
  };
  const addTheme = async (name: string, answerIds: string[] = []) => {
    const themeId = newClientId();
    const ack = await send({ type: 'theme:set', themeId, name });
    if (ack.ok && answerIds.length) await assign(answerIds, themeId);
    return ack.ok;
  };
  const toggle = (id: string) => {
    const next = new Set(selected());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const mergeSelected = async () => {
    const picked = all().filter((a) => selected().has(a.id));
    const [kept, ...dups] = picked;
    if (!kept) return;
    for (const d of dups) await send({ type: 'answer:duplicate', answerId: d.id, of: kept.id });
    setSelected(new Set<string>());
  };
  const onKey = (e: KeyboardEvent, a: Answer) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const li = e.currentTarget as HTMLElement;
    if (/^[0-9]$/.test(e.key)) {
      e.preventDefault();
      const n = Number(e.key);
      if (n === 0) void assign([a.id], null);
      else if (themes()[n - 1]) void assign([a.id], themes()[n - 1]!.id);
    } else if (e.key === 'k' || e.key === 'K') {
      e.preventDefault();
      void send({ type: 'answer:key', answerId: a.id, key: !a.keyMessage });
    } else if (e.key === ' ') {
      e.preventDefault();
      toggle(a.id);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const sib = e.key === 'ArrowDown' ? li.nextElementSibling : li.previousElementSibling;
      (sib as HTMLElement | null)?.focus();
    }
  };
  const dropOn = (themeId: string | null) => (e: DragEvent) => {
    e.preventDefault();
    const ids = (e.dataTransfer?.getData(DRAG_TYPE) ?? '').split(',').filter(Boolean);
    void assign(ids, themeId);
  };
  const allowDrop = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes(DRAG_TYPE)) e.preventDefault();
  };
  const sessionLang = () => props.state().definition.language;

  return (
    <div class="synthesis">
      <p class="hint translate-setting">
        <Show when={translator()}>
          {(t) => (t().configured ? tx('translateServer', { server: t().server ?? '' }) : tx('translateOff'))}
        </Show>
      </p>
      <fieldset class="report-order">
        <legend>{tx('reportOrder')}</legend>
        <For each={['question', 'theme'] as const}>
          {(o) => (
            <label class="check">
              <input
                type="radio"
                name="report-order"
                checked={(props.state().reportOrder ?? 'question') === o}
                onChange={() => void send({ type: 'report:order', by: o })}
              />
              {tx(`order_${o}`)}
            </label>
          )}
        </For>
      </fieldset>

      <section class="card themes" aria-labelledby="themes-h">
        <h3 id="themes-h">{tx('themes')}</h3>
        <ol class="theme-list">
          <For each={themes()}>
            {(t, i) => (
              <li class="theme" onDragOver={allowDrop} onDrop={dropOn(t.id)}>
                <span class="theme-key" aria-hidden="true">
                  {i() < 9 ? i() + 1 : ''}
                </span>
                <input
                  aria-label={tx('renameTheme', { n: i() + 1 })}
                  value={t.name}
                  onChange={(e) => {
                    const v = e.currentTarget.value.trim();
                    if (v && v !== t.name) void send({ type: 'theme:set', themeId: t.id, name: v });
                  }}
                />
                <span class="pill muted">{tx('themeCount', { count: countIn(t.id) })}</span>
                <button
                  type="button"
                  class="ghost small"
                  aria-label={tx('removeTheme', { name: t.name })}
                  onClick={() => void send({ type: 'theme:remove', themeId: t.id })}
                >
                  ×
                </button>
              </li>
            )}
          </For>
          <li class="theme none" onDragOver={allowDrop} onDrop={dropOn(null)}>
            <span class="theme-key" aria-hidden="true">
              0
            </span>
            <span>{tx('noTheme')}</span>
          </li>
        </ol>
        <form
          class="row"
          onSubmit={async (e) => {
            e.preventDefault();
            const name = newName().trim();
            if (name && (await addTheme(name))) setNewName('');
          }}
        >
          <label for="new-theme" class="sr-only">
            {tx('newTheme')}
          </label>
          <input
            id="new-theme"
            placeholder={tx('newTheme')}
            value={newName()}
            onInput={(e) => setNewName(e.currentTarget.value)}
          />
          <button type="submit" class="small">
            {tx('addTheme')}
          </button>
          <button
            type="button"
            class="ghost small"
            onClick={() =>
              setSuggestions(
                suggestThemes(
                  all()
                    .filter((a) => !a.themeId && !a.duplicateOf)
                    .map((a) => ({ id: a.id, text: a.correctedText ?? a.text })),
                ),
              )
            }
          >
            {tx('suggest')}
          </button>
        </form>
        <Show when={suggestions()}>
          {(list) => (
            <div class="suggestions">
              <p class="hint">{list().length ? tx('suggestions') : tx('noSuggestion')}</p>
              <ul class="row">
                <For each={list()}>
                  {(sg) => (
                    <li>
                      <button
                        type="button"
                        class="small"
                        onClick={async () => {
                          if (await addTheme(sg.keyword, sg.answerIds)) setSuggestions(list().filter((x) => x !== sg));
                        }}
                      >
                        {tx('acceptSuggestion', { word: sg.keyword, count: sg.answerIds.length })}
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </div>
          )}
        </Show>
      </section>

      <div class="row filters">
        <div class="field inline">
          <label for="f-lang">{tx('filterLanguage')}</label>
          <select id="f-lang" value={langFilter()} onChange={(e) => setLangFilter(e.currentTarget.value)}>
            <option value="">{tx('all')}</option>
            <For each={languages()}>{(l) => <option value={l}>{languageName(l, lang())}</option>}</For>
          </select>
        </div>
        <div class="field inline">
          <label for="f-q">{tx('filterQuestion')}</label>
          <select id="f-q" value={questionFilter()} onChange={(e) => setQuestionFilter(e.currentTarget.value)}>
            <option value="">{tx('all')}</option>
            <For each={allQuestions(props.state().definition)}>
              {(q) => (
                <option value={q.id}>
                  {q.roundId === null ? tc('mainQuestion') : tc('questionN', { n: q.index })}
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="field inline">
          <label for="f-theme">{tx('filterTheme')}</label>
          <select id="f-theme" value={themeFilter()} onChange={(e) => setThemeFilter(e.currentTarget.value)}>
            <option value="">{tx('all')}</option>
            <option value="-">{tx('noTheme')}</option>
            <For each={themes()}>{(t) => <option value={t.id}>{t.name}</option>}</For>
          </select>
        </div>
      </div>

      <div class="row selection-bar">
        <span class="pill muted">{tx('selected', { count: selected().size })}</span>
        <label for="assign-to">{tx('assignTo')}</label>
        <select id="assign-to" value={target()} onChange={(e) => setTarget(e.currentTarget.value)}>
          <option value="">{tx('noTheme')}</option>
          <For each={themes()}>{(t) => <option value={t.id}>{t.name}</option>}</For>
        </select>
        <button
          type="button"
          class="small"
          disabled={!selected().size}
          onClick={async () => {
            await assign([...selected()], target() || null);
            setSelected(new Set<string>());
          }}
        >
          {tx('assign')}
        </button>
        <button type="button" class="ghost small" disabled={selected().size < 2} onClick={() => void mergeSelected()}>
          {tx('mergeDuplicates')}
        </button>
      </div>
      <p class="hint">{tx('keysHint')}</p>
      <p role="status" class="hint">
        {said()}
      </p>
      <Show when={error()}>
        <p role="alert" class="error">
          {error()}
        </p>
      </Show>
      <p class="hint">{tx('answersShown', { count: shown().length })}</p>
      <ul class="synthesis-list" aria-label={tx('synthesis')}>
        {/* By id, so an item (and the keyboard focus on it) stays in place while its answer changes. */}
        <For each={shown().map((a) => a.id)}>
          {(id) => (
            <SynthesisAnswer
              answer={props.state().answers[id]!}
              state={props.state}
              themeName={themeName(props.state().answers[id]?.themeId)}
              selected={selected().has(id)}
              onToggle={() => toggle(id)}
              onKeyDown={(e) => onKey(e, props.state().answers[id]!)}
              onDragStart={(e) => {
                const ids = selected().has(id) ? [...selected()] : [id];
                e.dataTransfer?.setData(DRAG_TYPE, ids.join(','));
              }}
              send={send}
              sessionLang={sessionLang()}
              translator={translator()}
              code={props.code}
              apiKey={props.apiKey}
            />
          )}
        </For>
      </ul>
    </div>
  );
}
