// A forum's logo (its settings hold a PNG or JPEG data: URL) as the report writers take a picture.
import type { ForumStore } from '../store/forumStore.js';
import type { Photo } from './photo.js';

export function logoPhoto(dataUrl: string | undefined): Photo | undefined {
  const m = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl ?? '');
  if (!m) return undefined;
  const data = Buffer.from(m[2]!, 'base64');
  return data.length ? { data, mime: m[1]! } : undefined;
}

/** The logo of the forum a session belongs to; none for a session outside forums. */
export async function forumLogoOf(
  store: Pick<ForumStore, 'getForumSession' | 'getForum'>,
  code: string,
): Promise<Photo | undefined> {
  const link = await store.getForumSession(code);
  const forum = link && (await store.getForum(link.forumId));
  return logoPhoto(forum?.settings.logo);
}
