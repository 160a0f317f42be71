// Solid bindings for the framework-free SessionClient: signals that update on every change.
import { batch, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { SessionState } from '../../shared/state.js';
import { SessionClient, type ClientOptions, type ConnectionStatus, type OutboxItem } from './sessionClient.js';

export interface SessionSignals {
  client: SessionClient;
  state: Accessor<SessionState | null>;
  status: Accessor<ConnectionStatus>;
  pending: Accessor<readonly OutboxItem[]>;
  participantId: Accessor<string | null>;
}

export function useSession(opts: ClientOptions): SessionSignals {
  const client = new SessionClient(opts);
  const [state, setState] = createSignal<SessionState | null>(null, { equals: false });
  const [status, setStatus] = createSignal<ConnectionStatus>(client.status);
  const [pending, setPending] = createSignal<readonly OutboxItem[]>([], { equals: false });
  const [pid, setPid] = createSignal<string | null>(null);
  // One batch per change, so views never see the new state with the old status (or vice versa).
  const off = client.subscribe(() =>
    batch(() => {
      setState(client.state);
      setStatus(client.status);
      setPending(client.pending());
      setPid(client.participantId);
    }),
  );
  client.connect();
  onCleanup(() => {
    off();
    client.close();
  });
  return { client, state, status, pending, participantId: pid };
}

/** A signal of "now" that ticks, for countdowns (4 Hz keeps a seconds display exact to 250 ms). */
export function useNow(intervalMs = 250): Accessor<number> {
  const [now, setNow] = createSignal(Date.now());
  const t = setInterval(() => setNow(Date.now()), intervalMs);
  onCleanup(() => clearInterval(t));
  return now;
}
