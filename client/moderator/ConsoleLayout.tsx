// The console's three columns (run of show | now, timer, tabs | join and report) and its keys.
import { Show, createMemo, createSignal, onCleanup, onMount, type Accessor } from 'solid-js';
import { QuickQuestion } from './QuickQuestion.js';
import { useConsole } from './context.js';
import { CuePanel } from './CuePanel.js';
import { JoinPanel } from './JoinPanel.js';
import { useCues } from './useCues.js';
import { NowPanel } from './NowPanel.js';
import { ReportPanel } from './ReportPanel.js';
import { RunOfShow } from './RunOfShow.js';
import { actionFor, type Action } from './shortcuts.js';
import { WorkTabs } from './WorkTabs.js';
import { useNavigation } from './navigation.js';
import { useTimerControls } from './useTimerControls.js';
import { useAnsweringToggle } from './useAnsweringToggle.js';
import { tm } from '../i18n/moderator.js';

export function ConsoleLayout(props: { helpOpen: Accessor<boolean>; openHelp: () => void }) {
  const c = useConsole();
  const nav = useNavigation();
  const timer = useTimerControls();
  const answering = useAnsweringToggle();
  const audienceOpen = createMemo(() => c.state().audienceOpen);
  const cues = useCues();

  const run: Record<Action, () => unknown> = {
    next: () => nav.go(1),
    previous: () => nav.go(-1),
    timer: timer.primary,
    endTurn: timer.endTurn,
    plusMinute: () => timer.adjust(60_000),
    minusMinute: () => timer.adjust(-60_000),
    resetTimer: timer.reset,
    answering: answering.toggle,
    audience: () => c.send({ type: 'audience:toggle', open: !audienceOpen() }),
    focusSteps: () => document.querySelector<HTMLElement>('.ros-list [aria-current="step"], .ros-list button')?.focus(),
    help: props.openHelp,
    cueTwoMinutes: () => cues.send('twoMinutes'),
    cueConclude: () => cues.send('conclude'),
    cueFloorQuestion: () => cues.send('floorQuestion'),
    cueText: cues.focusText,
    cueDismiss: cues.dismiss,
    quickQuestion: () => setQuick(true),
  };
  const [quick, setQuick] = createSignal(false);

  // Keys run one after another, each on the state the previous one left (N N: two steps on).
  let queue: Promise<unknown> = Promise.resolve();
  const onKey = (e: KeyboardEvent) => {
    if (props.helpOpen()) return;
    const a = actionFor(e);
    if (!a) return;
    e.preventDefault();
    queue = queue.then(() => run[a]()).catch(() => undefined);
  };
  onMount(() => document.addEventListener('keydown', onKey));
  onCleanup(() => document.removeEventListener('keydown', onKey));

  return (
    <main class="mod-grid">
      {/* Both side columns scroll on their own on a laptop: focusable, so the keyboard can scroll them too. */}
      <nav class="mod-col mod-ros" aria-label={tm('runOfShow')} tabindex="0">
        <RunOfShow />
      </nav>
      <div class="mod-center">
        <Show when={quick()}>
          <QuickQuestion onClose={() => setQuick(false)} />
        </Show>
        <NowPanel />
        <WorkTabs />
      </div>
      <aside class="mod-col mod-side" aria-label={tm('sidePanel')} tabindex="0">
        <CuePanel />
        <JoinPanel />
        <ReportPanel />
      </aside>
    </main>
  );
}
