// The JSON archive of a whole session: definition, state, every event, and the photo.
import type { Room } from './room.js';
import type { EventStore } from './store/types.js';

export function buildArchive(room: Room, store: EventStore) {
  const photo = room.state.photo ? store.getBlob(room.code, room.state.photo.id) : undefined;
  return {
    version: 1 as const,
    code: room.code,
    definition: room.state.definition,
    state: room.state,
    events: room.events(),
    ...(photo ? { photo: { mime: photo.mime, base64: photo.data.toString('base64') } } : {}),
  };
}
