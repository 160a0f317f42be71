// Review of an imported programme: every row with what will be created, its warnings, and the
// rows left out; "Create" makes every session at once, then the links sheet shows.
import { createSignal, For, Show } from 'solid-js';
import { programmeMessage } from '../../shared/programme/messages.js';
import type { CreatedProgrammeSession } from '../../shared/programme/http.js';
import { lang } from '../i18n/i18n.js';
import { programmeT as t } from '../i18n/programme.js';
import type { ProgrammeCreateResponse, ProgrammeSessionInput } from '../../shared/programme/http.js';
import type { ApiResult } from '../common/http.js';
import { createProgramme } from './programmeApi.js';
import type { PreviewedRow } from './programmeRows.js';
import { FieldError } from '../common/FieldError.js';

export function ProgrammeReview(props: {
  rows: PreviewedRow[];
  headingRef: (el: HTMLHeadingElement) => void;
  onBack: () => void;
  onCreated: (sessions: CreatedProgrammeSession[]) => void;
  /** Where the sessions are made: the home page's route, or a forum's (client/organizer). */
  create?: (sessions: ProgrammeSessionInput[]) => Promise<ApiResult<ProgrammeCreateResponse>>;
}) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const creatable = () => props.rows.filter((r) => r.definition !== null);

  async function create() {
    setError('');
    setBusy(true);
    try {
      const sessions = creatable().map((r) => ({ definition: r.definition!, room: r.room, rapporteur: r.rapporteur }));
      const res = await (props.create ?? createProgramme)(sessions);
      if (res.kind === 'ok') props.onCreated(res.body.sessions);
      else setError(res.kind === 'network' ? t('networkError') : t('createFailed', { detail: res.message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="programme" aria-labelledby="programme-review-title">
      <h1 id="programme-review-title" tabindex="-1" ref={props.headingRef}>
        {t('reviewTitle')}
      </h1>
      <p class="lead">{t('reviewIntro')}</p>
      <div class="table-scroll">
        <table class="programme-table">
          <thead>
            <tr>
              <th scope="col">{t('colRow')}</th>
              <th scope="col">{t('colSession')}</th>
              <th scope="col">{t('colWhen')}</th>
              <th scope="col">{t('colRoom')}</th>
              <th scope="col">{t('colPeople')}</th>
              <th scope="col">{t('colResult')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows}>
              {(r) => (
                <tr classList={{ 'row-refused': r.definition === null }} data-testid="programme-row">
                  <td data-label={t('colRow')}>{r.kind === 'brief' ? t('fromFile', { file: r.file }) : r.row}</td>
                  <th scope="row" class="programme-title">
                    <span lang={r.definition?.language}>{r.title || '—'}</span>
                    <Show when={r.definition?.speakers.length}>
                      {(n) => <span class="hint">{t('speakers', { count: n() })}</span>}
                    </Show>
                  </th>
                  <td class="nowrap" data-label={t('colWhen')}>
                    {[r.definition?.date, [r.definition?.startTime, r.definition?.endTime].filter(Boolean).join('–')]
                      .filter(Boolean)
                      .join(' ')}
                    <Show when={r.definition?.timeZone && r.definition.timeZone !== 'UTC'}>
                      <span class="hint"> {r.definition?.timeZone}</span>
                    </Show>
                  </td>
                  <td class="programme-room" data-label={t('colRoom')}>
                    {r.room}
                  </td>
                  <td data-label={t('colPeople')}>
                    {[r.definition?.moderator.name, r.rapporteur].filter(Boolean).join(' · ')}
                  </td>
                  <td data-label={t('colResult')}>
                    <strong class={r.definition ? 'ok' : 'refused'}>
                      {r.definition ? t('willCreate') : t('notCreated')}
                    </strong>
                    <Show when={r.errors.length + r.warnings.length}>
                      <ul class="programme-issues">
                        <For each={[...r.errors, ...r.warnings]}>{(i) => <li>{programmeMessage(i, lang())}</li>}</For>
                      </ul>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <p role="status">{creatable().length ? t('summary', { count: creatable().length }) : t('nothingToCreate')}</p>
      <FieldError message={error()} />
      <div class="created-actions">
        <button type="button" disabled={busy() || !creatable().length} onClick={() => void create()}>
          {busy() ? t('creating') : t('create', { count: creatable().length })}
        </button>
        <button type="button" class="secondary" onClick={props.onBack}>
          {t('back')}
        </button>
      </div>
    </section>
  );
}
