// What is happening now: the phase, who is speaking and on what (or the round on the floor), and
// the time left on the shared timer.
import { Match, Show, Switch, createMemo } from 'solid-js';
import { findQuestion } from '../../shared/questions.js';
import { TimerDisplay } from '../common/TimerDisplay.js';
import { tc } from '../i18n/common.js';
import { t } from '../i18n/participant.js';
import { stateOf, useLive } from './context.js';
import { questionLabel } from './floor.js';

export function NowCard() {
  const live = useLive();
  const s = () => stateOf(live);
  const phase = () => s().phase;
  const speaker = createMemo(() => {
    const p = phase();
    return p.kind === 'speaker' ? s().definition.speakers.find((x) => x.id === p.speakerId) : undefined;
  });
  const round = createMemo(() => {
    const p = phase();
    return p.kind === 'round' ? s().definition.rounds.find((r) => r.id === p.roundId) : undefined;
  });
  const question = createMemo(() => {
    const p = phase();
    return p.kind === 'question' ? findQuestion(s().definition, p.questionId) : undefined;
  });
  const showTimer = () => s().timer.status !== 'idle' || (phase().kind === 'speaker' && s().timer.durationMs > 0);

  return (
    <section class="card now" aria-labelledby="now-title" data-testid="now">
      <h1 class="session-title">{s().definition.title}</h1>
      <h2 id="now-title" class="eyebrow" data-testid="phase">
        <span class="visually-hidden">{t('now')}: </span>
        {tc(`phase_${phase().kind}`)}
      </h2>
      <Switch>
        <Match when={speaker()}>
          {(sp) => (
            <div class="speaker" data-testid="speaker">
              <p class="speaker-name">{sp().name}</p>
              <Show when={sp().organization || sp().country}>
                <p class="speaker-org">{[sp().organization, sp().country].filter(Boolean).join(' · ')}</p>
              </Show>
              <Show when={sp().talkTitle}>
                <p class="talk">
                  <span class="visually-hidden">{t('talk')}: </span>
                  {sp().talkTitle}
                </p>
              </Show>
            </div>
          )}
        </Match>
        <Match when={round()}>
          {(r) => (
            <p class="floor">
              {r().title} · {t('roundQuestions', { count: r().questions.length })}
            </p>
          )}
        </Match>
        <Match when={question()}>
          {(q) => (
            <>
              <p class="eyebrow">{questionLabel(s(), q())}</p>
              <p class="floor" data-testid="now-question">
                {q().text}
              </p>
            </>
          )}
        </Match>
        <Match when={phase().kind === 'lobby'}>
          <p class="hint">{t('lobbyText')}</p>
        </Match>
        <Match when={phase().kind === 'ended'}>
          <p class="hint">{t('endedText')}</p>
        </Match>
      </Switch>
      <Show when={showTimer()}>
        <TimerDisplay timer={() => s().timer} serverNow={live.serverNow} class="now-timer" />
      </Show>
    </section>
  );
}
