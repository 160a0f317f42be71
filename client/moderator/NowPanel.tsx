// What is happening now: the step, the shared timer with its controls, and the schedule.
import { Show } from 'solid-js';
import { MAIN_QUESTION_ID } from '../../shared/questions.js';
import { tm } from '../i18n/moderator.js';
import { speakerById } from '../live/phase.js';
import { useConsole } from './context.js';
import { phaseTitle, questionText } from './labels.js';
import { OpenQuestions } from './OpenQuestions.js';
import { SchedulePanel } from './SchedulePanel.js';
import { TimerPanel } from './TimerPanel.js';

export function NowPanel() {
  const c = useConsole();
  const detail = () => {
    const s = c.state();
    const p = s.phase;
    if (p.kind === 'speaker') {
      const sp = speakerById(s, p.speakerId);
      return [sp?.talkTitle, [sp?.organization, sp?.country].filter(Boolean).join(', ')].filter(Boolean).join(' — ');
    }
    if (p.kind === 'question')
      return p.questionId === MAIN_QUESTION_ID ? s.definition.mainQuestion : questionText(s, p.questionId);
    return '';
  };
  return (
    <section class="now card" aria-labelledby="now-heading" data-testid="now-panel">
      <div class="now-head">
        <p class="now-label">{tm('now')}</p>
        <h1 id="now-heading" class="now-title" data-testid="now-title">
          {phaseTitle(c.state(), c.state().phase)}
        </h1>
        <Show when={detail()}>
          <p class="now-detail">{detail()}</p>
        </Show>
      </div>
      <div class="now-body">
        <TimerPanel />
        <SchedulePanel />
      </div>
      <OpenQuestions />
    </section>
  );
}
