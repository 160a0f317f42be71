// The JSON archive of a whole session: definition, state, every event, and the photo.
import type { Room } from './room.js';
import type { SessionStore } from './store/sessionStore.js';

/** Read while no commit of the room is in flight (`committer.idle(room)`), so it is all committed. */
export async function buildArchive(room: Room, store: SessionStore) {
  const state = room.state;
  const photo = state.photo ? await store.getBlob(room.code, state.photo.id) : undefined;
  return {
    version: 1 as const,
    code: room.code,
    definition: state.definition,
    state,
    events: room.events(),
    ...(photo ? { photo: { mime: photo.mime, base64: photo.data.toString('base64') } } : {}),
  };
}
