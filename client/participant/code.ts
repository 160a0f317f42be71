// Session codes as people read them (the rule that reads a typed code is shared/sessionCode.ts).

/** "K7MQ2P" → "K7M Q2P", easier to read back. */
export const displayCode = (code: string): string => `${code.slice(0, 3)} ${code.slice(3)}`;
