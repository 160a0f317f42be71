// The live report preview: the same pure model and HTML renderer as the downloads, in a sandboxed
// frame (no scripts), refreshed at most once a second as answers arrive, in place.
import { Show, createEffect, createSignal, on, onCleanup, untrack } from 'solid-js';
import { photosOf, type SessionState } from '../../shared/state.js';
import { tc } from '../i18n/common.js';
import { tr } from '../i18n/rapporteur.js';

export function ReportPreview(props: { state: () => SessionState; code: string; apiKey: string }) {
  const [html, setHtml] = createSignal('');
  const [photoSrcs, setPhotoSrcs] = createSignal<string[]>([]);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  let frame: HTMLIFrameElement | undefined;
  let renderer: Promise<typeof import('./previewHtml.js')> | null = null;
  const render = () => {
    timer = null;
    last = Date.now();
    renderer ??= import('./previewHtml.js');
    void renderer.then((m) => setHtml(m.previewHtml(props.state(), Date.now(), photoSrcs())));
  };
  createEffect(
    // Every event moves the sequence number (the store keeps the state object itself).
    on([() => props.state().seq, photoSrcs], () => {
      if (timer) return;
      timer = setTimeout(render, Math.max(0, 1000 - (Date.now() - last)));
    }),
  );
  onCleanup(() => timer && clearTimeout(timer));

  // Later versions replace the frame's body in place: reloading the frame would blank it and
  // throw the rapporteur back to the top each time an answer arrives while they read further down.
  // (The styles are the same in every version; only the body, title and language change.)
  let shown = '';
  let loaded = false;
  const paint = () => {
    const h = html();
    const doc = frame?.contentDocument;
    if (!loaded || h === shown || !doc?.body) return;
    const next = new DOMParser().parseFromString(h, 'text/html');
    doc.title = next.title;
    doc.documentElement.lang = next.documentElement.lang;
    doc.body.replaceWith(doc.importNode(next.body, true));
    shown = h;
  };
  createEffect(on(html, paint, { defer: true }));
  const first = () => (shown = untrack(html));

  // The photos go in as data URLs (the frame makes no requests of its own), each fetched once.
  const dataUrls = new Map<string, string>();
  const dataUrl = async (id: string): Promise<string | null> => {
    const known = dataUrls.get(id);
    if (known) return known;
    const r = await fetch(`/api/sessions/${props.code}/photo?id=${encodeURIComponent(id)}`, {
      headers: { authorization: `Bearer ${props.apiKey}` },
    });
    if (!r.ok) return null;
    const blob = await r.blob();
    const url = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsDataURL(blob);
    });
    dataUrls.set(id, url);
    return url;
  };
  createEffect(
    on(
      () =>
        photosOf(props.state())
          .map((p) => p.id)
          .join(' '),
      async (ids) => {
        const urls = await Promise.all(ids.split(' ').filter(Boolean).map(dataUrl));
        setPhotoSrcs(urls.filter((u): u is string => u !== null));
      },
    ),
  );
  // Created with its first document (setting srcdoc while a new frame's initial document was still
  // loading could leave it blank in Chromium). No scripts ever run in it (no allow-scripts); same
  // origin only so that later versions can be put in place (above).
  return (
    <Show
      when={html()}
      fallback={
        <div class="report-preview" role="status">
          {tc('loading')}
        </div>
      }
    >
      <iframe
        ref={frame}
        class="report-preview"
        title={tr('preview')}
        sandbox="allow-same-origin"
        srcdoc={first()}
        onLoad={() => {
          loaded = true;
          paint();
        }}
        data-testid="report-preview"
      />
    </Show>
  );
}
