// The service worker: keeps the participant's page (one response per session, see
// server/http/participantPage.ts) so a phone that reloads while the venue's network is down still
// opens the session, with its drafts, its unsent answers and the last state it saw. Network first:
// online, the page always comes from the server (a new build or a renamed session shows at once).
// Only participant pages are touched; everything else goes to the network as if there were no worker.

const CACHE = 'palabre-pages-v1';
const isParticipantPage = (url: URL) => url.origin === location.origin && /^\/(j|join)(\/|$)/.test(url.pathname);

// The worker's global scope, typed by hand: the project's lib is DOM, not WebWorker.
interface ExtendableEventLike extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  request: Request;
  preloadResponse?: Promise<Response | undefined>;
  respondWith(r: Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEventLike) => void): void;
  skipWaiting(): Promise<void>;
  clients: {
    claim(): Promise<void>;
    matchAll(o: { includeUncontrolled: boolean; type: 'window' }): Promise<{ url: string }[]>;
  };
  registration: { navigationPreload?: { enable(): Promise<void> } };
}
const sw = self as unknown as WorkerScope;

sw.addEventListener('install', () => void sw.skipWaiting());

sw.addEventListener('activate', (e) =>
  e.waitUntil(
    (async () => {
      await sw.registration.navigationPreload?.enable().catch(() => undefined);
      await sw.clients.claim();
      // The page that registered the worker loaded before it existed: keep that page now.
      const cache = await caches.open(CACHE);
      const open = await sw.clients.matchAll({ includeUncontrolled: true, type: 'window' });
      await Promise.all(
        open
          .map((c) => new URL(c.url))
          .filter(isParticipantPage)
          .map((u) => cache.add(u.pathname).catch(() => undefined)),
      );
    })(),
  ),
);

sw.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || req.mode !== 'navigate' || !isParticipantPage(new URL(req.url))) return;
  e.respondWith(networkFirst(e));
});

async function networkFirst(e: FetchEventLike): Promise<Response> {
  const key = new URL(e.request.url).pathname;
  try {
    const res = (await e.preloadResponse?.catch(() => undefined)) ?? (await fetch(e.request));
    // Kept in the background: the page streams to the browser as it arrives.
    if (res.ok) e.waitUntil(caches.open(CACHE).then((c) => c.put(key, res.clone())));
    return res;
  } catch {
    const cache = await caches.open(CACHE);
    return (await cache.match(key)) ?? (await cache.match('/join')) ?? Response.error();
  }
}
