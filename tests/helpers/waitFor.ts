/** Polls until `check` passes (returns truthy / does not throw), like Hocuspocus's retryableAssertion. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  { timeout = 10_000, interval = 20, what = 'condition' } = {},
): Promise<T> {
  const until = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== false && v !== undefined && v !== null) return v;
      last = new Error(`${what} was ${String(v)}`);
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw last instanceof Error ? last : new Error(String(last));
    await new Promise((r) => setTimeout(r, interval));
  }
}
