// A forum's settings: what its sessions inherit (event, time zone, language, identity mode), the
// logo of its reports, its privacy notice and its retention delay. Pure data + valibot schema.
import * as v from 'valibot';
import { DEFINITION_DEFAULTS, type DefinitionInput, IDENTITY_MODES, LANGUAGES } from './definition.js';
import { isTimeZone } from './timeZone.js';

export const FORUM_LIMITS = {
  text: 300,
  notice: 4_000,
  /** A logo as a data: URL (PNG or JPEG), about 150 KB of image. */
  logo: 200_000,
  retentionDays: 3_650,
} as const;

const text = v.optional(v.pipe(v.string(), v.trim(), v.maxLength(FORUM_LIMITS.text)), '');
const date = v.optional(v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]), '');
const notice = v.optional(v.pipe(v.string(), v.trim(), v.maxLength(FORUM_LIMITS.notice)), '');

export const ForumSettingsSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'a forum needs a name'), v.maxLength(FORUM_LIMITS.text)),
  city: text,
  startDate: date,
  endDate: date,
  timeZone: v.optional(v.pipe(v.string(), v.check(isTimeZone, 'unknown time zone')), DEFINITION_DEFAULTS.timeZone),
  theme: text,
  language: v.optional(v.picklist(LANGUAGES), DEFINITION_DEFAULTS.language),
  identity: v.optional(v.picklist(IDENTITY_MODES), DEFINITION_DEFAULTS.identity),
  /** data:image/png;base64,... or '' */
  logo: v.optional(
    v.union([
      v.literal(''),
      v.pipe(v.string(), v.maxLength(FORUM_LIMITS.logo), v.regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/)),
    ]),
    '',
  ),
  /** The privacy notice shown on the join page, per language. */
  privacy: v.optional(v.object({ fr: notice, en: notice, es: notice }), { fr: '', en: '', es: '' }),
  /** Days after a session ends before participants' names are erased; null: kept. */
  retentionDays: v.optional(
    v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(FORUM_LIMITS.retentionDays))),
    null,
  ),
});

export type ForumSettings = v.InferOutput<typeof ForumSettingsSchema>;
export type ForumSettingsInput = v.InferInput<typeof ForumSettingsSchema>;

/** What a session created inside a forum inherits: the forum's values fill the definition's. */
export function inheritForum(f: ForumSettings, def: DefinitionInput): DefinitionInput {
  const year = /^\d{4}/.test(f.startDate) ? Number(f.startDate.slice(0, 4)) : null;
  return {
    ...def,
    event: { forum: f.name, city: f.city, year, theme: f.theme, ...stripEmpty(def.event ?? {}) },
    language: def.language ?? f.language,
    timeZone: def.timeZone ?? f.timeZone,
    identity: def.identity ?? f.identity,
  };
}

/** The definition's own non-empty event fields win over the forum's. */
function stripEmpty<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, x]) => x !== '' && x !== null && x !== undefined),
  ) as Partial<T>;
}
