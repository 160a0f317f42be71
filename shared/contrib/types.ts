// Contributions that did not come from a phone, and the rapporteur's synthesis: the shapes the
// state, the events and the report share. Free of schema code (the phone bundle may read states
// holding them).
import type { Role } from '../state.js';

/** Where a contribution recorded on someone's behalf came from. */
export const CHANNELS = ['room', 'chat', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** An audience contribution: a question put to the panel, or a remark (a statement, no question asked). */
export const AQ_KINDS = ['question', 'remark'] as const;
export type AqKind = (typeof AQ_KINDS)[number];

/** The person a recorded contribution is attributed to, and who recorded it from where. */
export interface Contributor {
  name: string;
  organization: string;
  country: string;
  /** A member of the public rather than a panellist (the forum's report prints "Public :"). */
  public: boolean;
  channel: Channel;
  /** The staff member who typed it in. */
  recordedBy: Role;
}

/** A group of answers the rapporteur made; `order` is creation order (the report lists themes by it). */
export interface Theme {
  id: string;
  name: string;
  order: number;
}

/** How the report lists answers: by question (the forum template) or grouped by theme with counts. */
export const REPORT_ORDERS = ['question', 'theme'] as const;
export type ReportOrder = (typeof REPORT_ORDERS)[number];

/** Languages an answer may be recorded in: the interface languages, or any ISO 639-1 code a detector gives. */
export type AnswerLanguage = string;
