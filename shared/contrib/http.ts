// The translation routes' bodies (docs/protocol.md, "Translation").

/** GET /api/sessions/:code/translate: whether a translation server is set, and which. */
export interface TranslateInfo {
  configured: boolean;
  /** The server's origin, shown to the rapporteur before anything is sent. */
  server: string | null;
  api: 'libretranslate' | 'apertium' | 'auto' | null;
}

/** POST /api/sessions/:code/translate {answerId}: a proposal; nothing changes until it is accepted. */
export interface TranslateResponse {
  answerId: string;
  text: string;
  from: string;
  to: string;
  server: string;
}
