/** Calls `fn` once input has paused for `ms`; `flush` runs a pending call now (e.g. on blur). */
export function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number) {
  let t: ReturnType<typeof setTimeout> | null = null;
  let last: A | null = null;
  const run = () => {
    t = null;
    if (last) {
      const a = last;
      last = null;
      fn(...a);
    }
  };
  const call = (...a: A) => {
    last = a;
    if (t) clearTimeout(t);
    t = setTimeout(run, ms);
  };
  call.flush = () => {
    if (t) clearTimeout(t);
    run();
  };
  call.pending = () => last !== null;
  return call;
}
