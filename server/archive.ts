// The JSON archive of a whole session: definition, state, every event, and the photo.
import type { EventEnvelope } from '../shared/events.js';
import { photosOf, type SessionState } from '../shared/state.js';
import type { Room } from './room.js';
import type { SessionStore, StoredBlob } from './store/sessionStore.js';

/** Events read per page for the archive. */
const PAGE = 5000;

/**
 * Read while no commit of the room is in flight (`committer.idle(room)`), so it is all committed.
 * The events come from the store (a room holds only its newest ones), up to the state's seq.
 */
export async function buildArchive(room: Room, store: SessionStore, photosRead?: StoredBlob[]) {
  const state = room.state;
  // A caller that already read the photos passes them (read once per request).
  const photos = photosRead ?? (await readPhotos(room.code, state, store));
  const photo = photos[0];
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
    // `photo` is the first one, for readers of one-photo archives; `photos` holds them all.
    ...(photo ? { photo: { mime: photo.mime, base64: photo.data.toString('base64') } } : {}),
    ...(photos.length > 1 ? { photos: photos.map((p) => ({ mime: p.mime, base64: p.data.toString('base64') })) } : {}),
  };
}

/** The session's photos as stored, in upload order (a blob missing from the store is skipped). */
export async function readPhotos(code: string, state: SessionState, store: SessionStore): Promise<StoredBlob[]> {
  const out: StoredBlob[] = [];
  for (const p of photosOf(state)) {
    const blob = await store.getBlob(code, p.id);
    if (blob) out.push(blob);
  }
  return out;
}
