// The console's keyboard shortcuts: one table for the key handler and the help overlay.

export type Action =
  | 'next'
  | 'previous'
  | 'timer'
  | 'endTurn'
  | 'plusMinute'
  | 'minusMinute'
  | 'resetTimer'
  | 'answering'
  | 'audience'
  | 'focusSteps'
  | 'help'
  | 'quickQuestion'
  | CueAction;

/** The cues to the speaker (client/moderator/CuePanel.tsx); their labels are in i18n/room.ts. */
export type CueAction = 'cueTwoMinutes' | 'cueConclude' | 'cueFloorQuestion' | 'cueText' | 'cueDismiss';
export const isCueAction = (a: Action): a is CueAction => a.startsWith('cue');

export interface Shortcut {
  action: Action;
  /** Shown in the help overlay (symbols and letters, the same in every language). */
  keys: string[];
  /** For aria-keyshortcuts on the matching control. */
  aria: string;
  match: (e: KeyboardEvent) => boolean;
}

const letter = (l: string) => (e: KeyboardEvent) => e.key.toLowerCase() === l;

export const SHORTCUTS: Shortcut[] = [
  { action: 'next', keys: ['→', 'N'], aria: 'ArrowRight N', match: (e) => e.key === 'ArrowRight' || letter('n')(e) },
  { action: 'previous', keys: ['←', 'P'], aria: 'ArrowLeft P', match: (e) => e.key === 'ArrowLeft' || letter('p')(e) },
  { action: 'timer', keys: ['T'], aria: 'T', match: letter('t') },
  { action: 'endTurn', keys: ['E'], aria: 'E', match: letter('e') },
  { action: 'plusMinute', keys: ['+'], aria: '+', match: (e) => e.key === '+' || e.key === '=' },
  { action: 'minusMinute', keys: ['−'], aria: '-', match: (e) => e.key === '-' || e.key === '_' },
  { action: 'resetTimer', keys: ['R'], aria: 'R', match: letter('r') },
  { action: 'answering', keys: ['O'], aria: 'O', match: letter('o') },
  { action: 'audience', keys: ['A'], aria: 'A', match: letter('a') },
  { action: 'focusSteps', keys: ['J'], aria: 'J', match: letter('j') },
  { action: 'help', keys: ['?'], aria: 'Shift+?', match: (e) => e.key === '?' },
  { action: 'cueTwoMinutes', keys: ['2'], aria: '2', match: (e) => e.key === '2' },
  { action: 'cueConclude', keys: ['C'], aria: 'C', match: letter('c') },
  { action: 'cueFloorQuestion', keys: ['F'], aria: 'F', match: letter('f') },
  { action: 'cueText', keys: ['M'], aria: 'M', match: letter('m') },
  { action: 'cueDismiss', keys: ['X'], aria: 'X', match: letter('x') },
  { action: 'quickQuestion', keys: ['Q'], aria: 'Q', match: letter('q') },
];

export const ariaKeys = (a: Action): string => SHORTCUTS.find((s) => s.action === a)?.aria ?? '';

/** Typing somewhere: never take the key. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(type);
}

/** The action a key press asks for, or null when it is not a shortcut or not ours to take. */
export function actionFor(e: KeyboardEvent): Action | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return null;
  if (isTyping(e.target)) return null;
  // Arrow keys belong to radio groups, tab lists and other widgets that use them.
  if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && e.target instanceof HTMLElement) {
    if (e.target.closest('[role="tablist"], [role="radiogroup"], [role="listbox"], [role="slider"], input'))
      return null;
  }
  return SHORTCUTS.find((s) => s.match(e))?.action ?? null;
}
