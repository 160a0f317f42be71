// The rapporteur's view (laptop): notes per speaker while they talk, curation of answers and
// audience questions, the conclusion, participants figure and photo, a live report preview, and
// the downloads.
import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import { activeTurnOf } from '../../shared/turns.js';
import { codeFromPath, takeStaffKey } from '../common/route.js';
import { ConnectionBadge } from '../common/ConnectionBadge.js';
import { KeylessLink } from '../common/KeylessLink.js';
import { LanguagePicker } from '../common/LanguagePicker.js';
import { ReportDownloads } from '../common/ReportDownloads.js';
import { idbStorage } from '../sync/idbStorage.js';
import { useSession } from '../sync/solid.js';
import { errorMessage } from '../../shared/errors.js';
import { lang } from '../i18n/i18n.js';
import { tc } from '../i18n/common.js';
import { tr } from '../i18n/rapporteur.js';
import { ConclusionPanel } from './ConclusionPanel.js';
import { Curation } from './Curation.js';
import { ReportPreview } from './ReportPreview.js';
import { SpeakerNotes } from './SpeakerNotes.js';
import { RecordForm } from '../contrib/RecordForm.js';
import { Synthesis } from '../contrib/Synthesis.js';
import { tx } from '../i18n/contrib.js';
import '../styles/staff.css';
import './rapporteur.css';

type Tab = 'notes' | 'curation' | 'record' | 'synthesis' | 'conclusion';

export default function RapporteurView() {
  const code = codeFromPath();
  const key = takeStaffKey('rapporteur', code);
  if (!key) return <KeylessLink view="rapporteur" code={code} />;
  const s = useSession({
    url: location.origin,
    code,
    role: 'rapporteur',
    key,
    language: lang(),
    storage: idbStorage(),
  });
  const [tab, setTab] = createSignal<Tab>('notes');
  const current = createMemo(() => {
    const st = s.state();
    if (!st) return null;
    const t = activeTurnOf(st);
    if (t) return t.speakerId;
    return st.phase.kind === 'speaker' ? st.phase.speakerId : null;
  });
  const tabs: Tab[] = ['notes', 'curation', 'record', 'synthesis', 'conclusion'];
  const tabLabel = (t: Tab) =>
    t === 'record'
      ? tx('tabRecord')
      : t === 'synthesis'
        ? tx('tabSynthesis')
        : tr(t === 'notes' ? 'tabNotes' : t === 'curation' ? 'tabCuration' : 'tabConclusion');
  document.title = `${tr('title')} · ${code} · Palabre`;

  return (
    <div class="staff rapporteur">
      <header class="topbar">
        <div class="row">
          <span class="brand">{tc('appName')}</span>
          <span class="role-label">{tr('title')}</span>
          <span class="code-chip">{code}</span>
        </div>
        <div class="row">
          <ConnectionBadge status={s.status} />
          <LanguagePicker />
        </div>
      </header>
      <Show when={s.status() === 'refused' ? s.client.refusal : null}>
        {(r) =>
          r().error === 'forbidden' ? (
            <KeylessLink view="rapporteur" code={code} wrong />
          ) : (
            <p class="error banner" role="alert">
              {errorMessage(r().error, lang())}
            </p>
          )
        }
      </Show>
      <Show when={s.state()} fallback={<p class="center hint">{tc('loading')}</p>}>
        {(st) => (
          <>
            {/* A landmark of its own, so no content sits outside one (axe: region). */}
            <section class="rap-head" aria-labelledby="rap-title">
              <h1 id="rap-title" class="session-title">
                {st().definition.title || code}
              </h1>
              <ReportDownloads
                code={code}
                apiKey={key}
                label={tr('downloads')}
                formatLabel={(f) => tr(`download_${f}`)}
                failed={tr('downloadFailed')}
              />
            </section>
            <div class="split">
              <main class="work">
                <div role="tablist" class="tabs" aria-label={tr('title')}>
                  <For each={tabs}>
                    {(t) => (
                      <button
                        type="button"
                        role="tab"
                        id={`tab-${t}`}
                        aria-selected={tab() === t}
                        aria-controls={`panel-${t}`}
                        tabIndex={tab() === t ? 0 : -1}
                        class="tab"
                        onClick={() => setTab(t)}
                        onKeyDown={(e) => {
                          const i = tabs.indexOf(t);
                          const next =
                            e.key === 'ArrowRight'
                              ? tabs[(i + 1) % tabs.length]
                              : e.key === 'ArrowLeft'
                                ? tabs[(i + tabs.length - 1) % tabs.length]
                                : null;
                          if (next) {
                            setTab(next);
                            document.getElementById(`tab-${next}`)?.focus();
                          }
                        }}
                      >
                        {tabLabel(t)}
                      </button>
                    )}
                  </For>
                </div>
                <section role="tabpanel" id={`panel-${tab()}`} aria-labelledby={`tab-${tab()}`} class="tabpanel">
                  <Switch>
                    <Match when={tab() === 'notes'}>
                      <h2>{tr('notes')}</h2>
                      <For each={st().speakerOrder}>
                        {(sid) => {
                          const sp = () => st().definition.speakers.find((x) => x.id === sid);
                          return (
                            <Show when={sp()}>
                              {(speaker) => (
                                // biome-ignore lint/a11y/useValidAriaRole: a component prop (the staff role), not an ARIA role
                                <SpeakerNotes
                                  client={s.client}
                                  role="rapporteur"
                                  speakerId={sid}
                                  name={speaker().name}
                                  speaking={current() === sid}
                                  note={() => s.state()?.notes[sid]}
                                />
                              )}
                            </Show>
                          );
                        }}
                      </For>
                    </Match>
                    <Match when={tab() === 'curation'}>
                      <h2>{tr('curation')}</h2>
                      <Curation client={s.client} state={st} />
                    </Match>
                    <Match when={tab() === 'record'}>
                      <h2>{tx('recordTitle')}</h2>
                      <RecordForm state={st} send={(c) => s.client.send(c)} idPrefix="rap-record" />
                    </Match>
                    <Match when={tab() === 'synthesis'}>
                      <h2>{tx('synthesis')}</h2>
                      <Synthesis state={st} send={(c) => s.client.send(c)} code={code} apiKey={key} />
                    </Match>
                    <Match when={tab() === 'conclusion'}>
                      <h2>{tr('tabConclusion')}</h2>
                      <ConclusionPanel client={s.client} state={st} code={code} apiKey={key} />
                    </Match>
                  </Switch>
                </section>
              </main>
              <aside class="preview-pane" aria-label={tr('preview')}>
                <h2>{tr('preview')}</h2>
                <ReportPreview state={st} code={code} apiKey={key} />
              </aside>
            </div>
          </>
        )}
      </Show>
    </div>
  );
}
