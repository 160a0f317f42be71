// Clock offset estimation, NTP style: of several timed round trips, trust the one with the
// shortest round trip (least queueing), assuming the server answered halfway through it.
export interface ClockSample {
  /** Client time when the ping was sent. */
  sentAt: number;
  /** Client time when the answer arrived. */
  receivedAt: number;
  serverTime: number;
}

/** Milliseconds to add to the client's clock to read the server's. */
export function bestOffset(samples: readonly ClockSample[]): { offset: number; rtt: number } | null {
  let best: { offset: number; rtt: number } | null = null;
  for (const s of samples) {
    const rtt = s.receivedAt - s.sentAt;
    if (rtt < 0) continue;
    const offset = s.serverTime - (s.sentAt + rtt / 2);
    if (!best || rtt < best.rtt) best = { offset, rtt };
  }
  return best;
}
