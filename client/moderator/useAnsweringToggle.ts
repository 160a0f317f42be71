// Opening and closing answers for the questions on the floor (one, or a whole round).
import { createMemo } from 'solid-js';
import { floorQuestions } from '../../shared/floor.js';
import { useConsole } from './context.js';

export function useAnsweringToggle() {
  const c = useConsole();
  const ids = createMemo(() => floorQuestions(c.state()).map((q) => q.id));
  const allOpen = createMemo(() => ids().length > 0 && ids().every((id) => c.state().openQuestions.includes(id)));
  const setOpen = (questionIds: string[], open: boolean) =>
    questionIds.length ? c.send({ type: open ? 'answering:open' : 'answering:close', questionIds }) : undefined;
  const toggle = async () => {
    await setOpen(ids(), !allOpen());
  };
  return { ids, allOpen, toggle, setOpen };
}
