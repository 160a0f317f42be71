// Solid bindings for the framework-free SessionClient. The session state is a store updated with
// `reconcile` keyed by id: a record that did not change keeps its identity (and a changed one is
// updated in place), so `<For>` over its lists keeps their DOM nodes and only what an event touched
// re-renders.
import { batch, createSignal, onCleanup, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { SessionState } from '../../shared/state.js';
import { SessionClient, type ClientOptions, type ConnectionStatus, type OutboxItem } from './sessionClient.js';

export interface SessionSignals {
  client: SessionClient;
  /** The store (read-only): track what you read, e.g. `state()?.answers[id]?.text`. */
  state: Accessor<SessionState | null>;
  status: Accessor<ConnectionStatus>;
  pending: Accessor<readonly OutboxItem[]>;
  participantId: Accessor<string | null>;
}

/**
 * Keeps the focus on the element that had it when an update moved it (a keyed list reorders by
 * moving the same node, which the browser blurs on the way): the node is the same, so is the focus.
 */
function keepingFocus(update: () => void) {
  const had = typeof document === 'undefined' ? null : document.activeElement;
  update();
  const now = document.activeElement;
  if (had instanceof HTMLElement && had !== now && had.isConnected && (now === null || now === document.body))
    had.focus({ preventScroll: true });
}

export function useSession(opts: ClientOptions): SessionSignals {
  const client = new SessionClient(opts);
  // The client's states are immutable values, each sharing with the last what did not change, so
  // reconcile passes over an unchanged record at once. It updates the store's own objects in place:
  // those of states the client has moved on from (the reducer never puts one object in two places),
  // never the client's current state, which the participant keeps on the device.
  const [store, setStore] = createStore<{ state: SessionState | null }>({ state: null });
  const [status, setStatus] = createSignal<ConnectionStatus>(client.status);
  const [pending, setPending] = createSignal<readonly OutboxItem[]>(client.pending());
  const [pid, setPid] = createSignal<string | null>(null);
  let applied: SessionState | null = null;
  // One batch per change, so views never see the new state with the old status (or vice versa).
  const off = client.subscribe(() =>
    keepingFocus(() =>
      batch(() => {
        if (client.state !== applied) {
          applied = client.state;
          setStore('state', reconcile(client.state, { key: 'id', merge: true }));
        }
        setStatus(client.status);
        setPending(client.pending());
        setPid(client.participantId);
      }),
    ),
  );
  client.connect();
  onCleanup(() => {
    off();
    client.close();
  });
  return { client, state: () => store.state, status, pending, participantId: pid };
}

/**
 * A plain copy of part of the store, read deeply (so a memo of it re-runs when anything in it
 * changes): for a component that takes a value and compares or copies it (the setup editor).
 */
export function snapshot<T>(v: T): T {
  if (Array.isArray(v)) return v.map(snapshot) as T;
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, snapshot(x)])) as T;
}

/** A signal of "now" that ticks, for countdowns (4 Hz keeps a seconds display exact to 250 ms). */
export function useNow(intervalMs = 250): Accessor<number> {
  const [now, setNow] = createSignal(Date.now());
  const t = setInterval(() => setNow(Date.now()), intervalMs);
  onCleanup(() => clearInterval(t));
  return now;
}
