// The live report preview: the same pure model and HTML renderer as the downloads, in a sandboxed
// frame (no scripts), refreshed at most once a second as answers arrive.
import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { buildReport } from '../../shared/report/model.js';
import { renderHtml } from '../../shared/report/html.js';
import type { SessionState } from '../../shared/state.js';
import { tr } from '../i18n/rapporteur.js';

export function ReportPreview(props: { state: () => SessionState; code: string; apiKey: string }) {
  const [html, setHtml] = createSignal('');
  const [photoSrc, setPhotoSrc] = createSignal<string | undefined>(undefined);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  const render = () => {
    timer = null;
    last = Date.now();
    setHtml(renderHtml(buildReport(props.state(), Date.now()), photoSrc() ? { photoSrc: photoSrc()! } : {}));
  };
  createEffect(
    on([props.state, photoSrc], () => {
      if (timer) return;
      timer = setTimeout(render, Math.max(0, 1000 - (Date.now() - last)));
    }),
  );
  onCleanup(() => timer && clearTimeout(timer));

  // The frame is sandboxed (opaque origin), so the photo goes in as a data URL.
  createEffect(
    on(
      () => props.state().photo?.id,
      async (id) => {
        if (!id) return setPhotoSrc(undefined);
        const r = await fetch(`/api/sessions/${props.code}/photo`, { headers: { authorization: `Bearer ${props.apiKey}` } });
        if (!r.ok) return;
        const blob = await r.blob();
        const reader = new FileReader();
        reader.onload = () => setPhotoSrc(String(reader.result));
        reader.readAsDataURL(blob);
      },
    ),
  );
  return <iframe class="report-preview" title={tr('preview')} sandbox="" srcdoc={html()} data-testid="report-preview" />;
}
