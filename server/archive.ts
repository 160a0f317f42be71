// The JSON archive of a whole session: definition, state, every event, and the photo.
import type { EventEnvelope } from '../shared/events.js';
import type { Room } from './room.js';
import type { SessionStore, StoredBlob } from './store/sessionStore.js';

/** Events read per page for the archive. */
const PAGE = 5000;

/**
 * Read while no commit of the room is in flight (`committer.idle(room)`), so it is all committed.
 * The events come from the store (a room holds only its newest ones), up to the state's seq.
 */
export async function buildArchive(room: Room, store: SessionStore, photoRead?: StoredBlob) {
  const state = room.state;
  // A caller that already read the photo passes it (read once per request).
  const photo = photoRead ?? (state.photo ? await store.getBlob(room.code, state.photo.id) : undefined);
  const events: EventEnvelope[] = [];
  while (events.length < state.seq) {
    const page = await store.eventsAfter(room.code, events.length, Math.min(PAGE, state.seq - events.length));
    events.push(...page);
    if (!page.length) break;
  }
  return {
    version: 1 as const,
    code: room.code,
    definition: state.definition,
    state,
    events,
    ...(photo ? { photo: { mime: photo.mime, base64: photo.data.toString('base64') } } : {}),
  };
}
