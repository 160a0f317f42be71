// The importer's warnings are codes with params; formatBriefWarning words every code in French,
// English and Spanish, with the params in the text as plain strings.
import { describe, expect, it } from 'vitest';
import { importBrief } from '../../../shared/brief/importBrief.js';
import {
  BRIEF_WARNING_CODES,
  briefWarning,
  formatBriefWarning,
  isBriefWarning,
  type BriefWarning,
  type BriefWarningCode,
  type BriefWarningParams,
} from '../../../shared/brief/warnings.js';
import type { Language } from '../../../shared/definition.js';

const LANGS: Language[] = ['fr', 'en', 'es'];
const HOSTILE = '<img src=x onerror=alert(1)>';

/** One sample per code (a new code without a sample is a type error). */
const SAMPLES: { [C in BriefWarningCode]: BriefWarningParams[C] } = {
  read_failed: { detail: 'parser stack overflow' },
  input_truncated: { max: 2_000_000 },
  page_lines_removed: { count: 7, example: 'Page 3 of 12' },
  not_a_brief: {},
  unrecognized_blocks: { count: 12 },
  field_dropped: { path: 'event.year', detail: 'Invalid type' },
  date_ambiguous: { text: 'le 12/03/2024, de 11h00 à 12h30', date: '2024-03-12' },
  time_zone_offset_not_whole_hour: { offset: 'UTC+5:30' },
  time_zone_offset_out_of_range: { offset: 'UTC+15' },
  several_languages: { text: 'French / English', language: 'fr' },
  language_unknown: { value: 'Klingon' },
  moderator_unsplit: { value: 'Kevin from the youth network' },
  field_cut: { field: 'background', max: 20_000 },
  round_title_cut: { round: 2, max: 200 },
  question_cut: { question: 4, round: 'Round 1 – Partnerships', max: 2_000 },
  speaker_field_cut: { speaker: 3, field: 'talkTitle', max: 200 },
  rounds_cut: { max: 10, found: 14 },
  round_questions_cut: { round: 'Round 2 – Alliances', max: 20, found: 31 },
  speakers_cut: { max: 30, found: 40 },
  no_event: {},
  no_title: {},
  no_date: {},
  no_start_time: {},
  no_end_time: {},
  no_time_zone: {},
  language_assumed: { language: 'es', from: 'headings' },
  no_main_question: {},
  round_without_questions: { title: 'Round 3 – Closing' },
  no_guiding_questions: {},
  no_moderator: {},
  no_speakers: {},
  speaker_incomplete: { speaker: 2, name: 'Malick Diop', missing: 'organization,country' },
};

/** Params worded by the formatter (translated names, lists, dates), so not found verbatim in the text. */
const WORDED = new Set(['field', 'language', 'from', 'missing', 'date']);

const sample = (code: BriefWarningCode) => ({ code, params: SAMPLES[code] }) as BriefWarning;

describe('formatBriefWarning', () => {
  it('has a sample for every code, and every code in the table', () => {
    expect(new Set(BRIEF_WARNING_CODES)).toEqual(new Set(Object.keys(SAMPLES)));
  });

  it.each(LANGS)('words every code as a distinct, complete sentence in %s', (lang) => {
    const texts = BRIEF_WARNING_CODES.map((code) => formatBriefWarning(sample(code), lang));
    for (const t of texts) {
      expect(t.trim().length).toBeGreaterThan(10);
      expect(t).not.toMatch(/undefined|NaN|\[object|\{\w+\}/);
      expect(t).toMatch(/[.!?]$/);
    }
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(BRIEF_WARNING_CODES)('words %s differently in French, English and Spanish', (code) => {
    const texts = LANGS.map((lang) => formatBriefWarning(sample(code), lang));
    expect(new Set(texts).size).toBe(3);
  });

  it.each(BRIEF_WARNING_CODES)('puts the params of %s in the text', (code) => {
    for (const lang of LANGS) {
      const text = formatBriefWarning(sample(code), lang);
      for (const [key, value] of Object.entries(SAMPLES[code])) {
        if (WORDED.has(key)) continue;
        const expected = typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
        expect(text, `${code}.${key} in ${lang}`).toContain(expected);
      }
    }
  });

  it('words the params it translates', () => {
    const w = (params: BriefWarningParams['speaker_incomplete']) => briefWarning('speaker_incomplete', params);
    expect(formatBriefWarning(w({ speaker: 2, name: 'Malick Diop', missing: 'organization,country' }), 'en')).toBe(
      'Speaker 2 (Malick Diop): no organization or country found.',
    );
    expect(formatBriefWarning(w({ speaker: 2, name: 'Malick Diop', missing: 'country' }), 'fr')).toBe(
      'Intervenant(e) 2 (Malick Diop) : il manque le pays.',
    );
    expect(formatBriefWarning(w({ speaker: 2, name: '', missing: 'name,talkTitle' }), 'es')).toBe(
      'Ponente 2: faltan el nombre y el título de la ponencia.',
    );
    const assumed = briefWarning('language_assumed', { language: 'fr', from: 'default' });
    expect(formatBriefWarning(assumed, 'en')).toContain('French');
    expect(formatBriefWarning(assumed, 'fr')).toContain('le français');
    expect(formatBriefWarning(assumed, 'es')).toContain('el francés');
    expect(formatBriefWarning(briefWarning('field_cut', { field: 'background', max: 20_000 }), 'fr')).toContain(
      'Contexte',
    );
    // The date is written out, day first, so the moderator sees which reading was taken.
    const date = sample('date_ambiguous');
    expect(formatBriefWarning(date, 'en')).toContain('12 March 2024');
    expect(formatBriefWarning(date, 'fr')).toContain('12 mars 2024');
    expect(formatBriefWarning(date, 'es')).toContain('12 de marzo de 2024');
  });

  it('uses the singular for one', () => {
    expect(formatBriefWarning(briefWarning('unrecognized_blocks', { count: 1 }), 'en')).toMatch(
      /^1 passage of text was not recognised/,
    );
    expect(formatBriefWarning(briefWarning('page_lines_removed', { count: 1, example: 'Page 1' }), 'fr')).toMatch(
      /^1 ligne .* a été retirée/,
    );
    expect(formatBriefWarning(briefWarning('unrecognized_blocks', { count: 1 }), 'es')).toMatch(
      /^1 pasaje del texto no se reconoció/,
    );
  });

  it('keeps a hostile param a plain string: inserted as is, never escaped or interpreted', () => {
    for (const code of BRIEF_WARNING_CODES) {
      const params: Record<string, string | number> = { ...SAMPLES[code] };
      const free = Object.keys(params).filter((k) => typeof params[k] === 'string' && !WORDED.has(k));
      for (const k of free) params[k] = HOSTILE;
      for (const lang of LANGS) {
        const text = formatBriefWarning({ code, params } as BriefWarning, lang);
        expect(typeof text).toBe('string');
        if (free.length) expect(text, `${code} in ${lang}`).toContain(HOSTILE);
        expect(text).not.toContain('&lt;');
      }
    }
  });

  it('survives a JSON round trip (the HTTP endpoint) and recognises warnings read back', () => {
    for (const code of BRIEF_WARNING_CODES) {
      const back: unknown = JSON.parse(JSON.stringify(sample(code)));
      expect(isBriefWarning(back)).toBe(true);
      if (isBriefWarning(back)) expect(formatBriefWarning(back, 'fr')).toBe(formatBriefWarning(sample(code), 'fr'));
    }
    for (const bad of [
      null,
      'No date found.',
      { code: 'no_such_code', params: {} },
      { code: 'no_date' },
      { code: 'no_date', params: [] },
    ]) {
      expect(isBriefWarning(bad)).toBe(false);
    }
  });
});

describe('the importer emits codes, not sentences', () => {
  const codesOf = (text: string) => importBrief(text).warnings;

  it('time zone offsets it cannot use', () => {
    expect(codesOf('Session title: Test\n\nDate: 8 October 2021, 11:00-12:30 UTC+5:30\n')).toContainEqual({
      code: 'time_zone_offset_not_whole_hour',
      params: { offset: 'UTC+5:30' },
    });
    expect(codesOf('Session title: Test\n\nDate: 8 October 2021, 11:00-12:30 UTC+15\n')).toContainEqual({
      code: 'time_zone_offset_out_of_range',
      params: { offset: 'UTC+15' },
    });
  });

  it('several languages, an unsplit moderator, an incomplete speaker', () => {
    expect(codesOf('Session title: Test\n\nLanguage: French and English\n')).toContainEqual({
      code: 'several_languages',
      params: { text: 'French and English', language: 'fr' },
    });
    expect(codesOf('Session title: Test\n\nModerator: the moderator of the day\n')).toContainEqual({
      code: 'moderator_unsplit',
      params: { value: 'the moderator of the day' },
    });
    expect(codesOf('Session title: Test\n\nSpeakers:\n- Malick Diop\n')).toContainEqual({
      code: 'speaker_incomplete',
      params: { speaker: 1, name: 'Malick Diop', missing: 'organization,country,talkTitle' },
    });
  });

  it('every warning of a brief is well formed and words in all three languages', () => {
    const { warnings } = importBrief(
      'Session title: Test\n\nLanguage: Klingon\n\nSpeakers:\n- Malick Diop\n\nLogistics\nCoffee in room B.\n',
    );
    expect(warnings.length).toBeGreaterThan(3);
    for (const w of warnings) {
      expect(isBriefWarning(w)).toBe(true);
      for (const lang of LANGS) expect(formatBriefWarning(w, lang)).not.toBe('');
    }
  });
});
