// The setup editor's state, shared by its sections: the draft (a store), what it was loaded from,
// its validation and which errors show, the save status, undo, announcements for screen readers,
// and the focus helpers that keep the keyboard where it was across structural changes.
import { createEffect, createMemo, createSignal, on } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import type { SessionDefinition } from '../../shared/definition.js';
import { setupT as t } from '../i18n/setup.js';
import { problemOrder, toEditable, validate, type Problem } from './model.js';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

let editorCount = 0;

export function createEditorState(props: { definition: SessionDefinition }) {
  /** Prefix of this editor's own element ids (two editors on a page never share one). */
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
  /** A field's error shows once the field was left or a save was tried. */
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

  /** After a successful save: the saved definition is the new baseline, and errors hide again. */
  function saved(d: SessionDefinition) {
    lastSavedJson = JSON.stringify(d);
    load(d, true);
    setSubmitted(false);
    setTouched(new Set<string>());
    setStatus({ kind: 'saved' });
  }

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

  /** Runs a deletion that the save bar offers to undo. */
  function withUndo(message: string, change: () => void) {
    const snapshot = structuredClone(unwrap(draft));
    change();
    setStatus({ kind: 'idle' });
    setUndo({ message, snapshot });
    announce(message);
  }
  function undoLast() {
    const u = undo();
    if (!u) return;
    setDraft(reconcile(u.snapshot, { key: 'id', merge: false }));
    setUndo(null);
    announce(t('undone'));
  }

  const focusLater = (id: string) => queueMicrotask(() => document.getElementById(id)?.focus());
  const roundLabel = (ri: number) => draft.rounds[ri]?.title.trim() || t('roundN', { n: ri + 1 });

  /** Alt+↑ / Alt+↓ on anything inside an item moves that item. */
  const moveKeys = (move: (dir: -1 | 1) => void) => (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    e.stopPropagation();
    move(e.key === 'ArrowUp' ? -1 : 1);
  };

  return {
    uid,
    draft,
    setDraft,
    dirty,
    conflict,
    setConflict,
    submitted,
    setSubmitted,
    status,
    setStatus,
    announcement,
    announce,
    undo,
    undoLast,
    sortedProblems,
    messageOf,
    errorFor,
    load,
    saved,
    touch,
    edited,
    keepFocus,
    withUndo,
    focusLater,
    roundLabel,
    moveKeys,
  };
}

export type EditorState = ReturnType<typeof createEditorState>;
