// The staff links sheet after a programme is created: every session's moderator, rapporteur,
// projector, speaker and participant links, to hand out as a CSV or printed (or saved) as PDF.
// The keys exist only in these links (the server keeps hashes), so this sheet is built here.
import { For } from 'solid-js';
import type { CreatedProgrammeSession } from '../../shared/programme/http.js';
import { linksCsv } from '../../shared/programme/linksCsv.js';
import { programmeT as t } from '../i18n/programme.js';

const LINKS = [
  ['moderator', 'linkModerator'],
  ['rapporteur', 'linkRapporteur'],
  ['projector', 'linkProjector'],
  ['speaker', 'linkSpeaker'],
  ['participant', 'linkParticipant'],
] as const;

export function LinksSheet(props: {
  sessions: CreatedProgrammeSession[];
  headingRef: (el: HTMLHeadingElement) => void;
  onDone: () => void;
}) {
  function downloadCsv() {
    const url = URL.createObjectURL(new Blob([linksCsv(props.sessions)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = t('csvFile');
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <section class="links-sheet" aria-labelledby="links-sheet-title">
      <h1 id="links-sheet-title" tabindex="-1" ref={props.headingRef}>
        {t('sheetTitle')}
      </h1>
      <p class="lead">{t('sheetIntro', { count: props.sessions.length })}</p>
      <div class="created-actions no-print">
        <button type="button" onClick={downloadCsv} data-testid="links-csv">
          {t('downloadCsv')}
        </button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          {t('printPdf')}
        </button>
        <button type="button" class="secondary" onClick={props.onDone}>
          {t('done')}
        </button>
      </div>
      <ol class="links-sessions">
        <For each={props.sessions}>
          {(s) => (
            <li class="card links-session" data-testid="links-session">
              <h2>{s.title}</h2>
              <p class="hint">
                {[t('code', { code: s.code }), s.date, [s.startTime, s.endTime].filter(Boolean).join('–'), s.room]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <p class="hint">
                {[
                  s.moderator && t('personRole', { role: t('linkModerator'), name: s.moderator }),
                  s.rapporteur && t('personRole', { role: t('linkRapporteur'), name: s.rapporteur }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <dl class="links-list">
                <For each={LINKS}>
                  {([role, label]) => (
                    <>
                      <dt>{t(label)}</dt>
                      <dd>
                        <a href={s.links[role]} data-role={role}>
                          {s.links[role]}
                        </a>
                      </dd>
                    </>
                  )}
                </For>
              </dl>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}
