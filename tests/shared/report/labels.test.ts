// The French section labels are the forum template's own words (the acceptance suite finds each of
// them in the real filled-in report, tests/acceptance/seeds), and every language has them all.
import { describe, expect, it } from 'vitest';
import { REPORT_LABELS } from '../../../shared/report/labels.js';

describe('report labels', () => {
  it('uses the report template labels word for word in French', () => {
    const fr = REPORT_LABELS.fr;
    const expected = {
      title: 'Titre de la session',
      sessionType: 'Type de session',
      language: 'Langue',
      date: 'Date',
      time: 'Horaire',
      participants: 'Participants',
      moderator: 'Nom du modérateur/modératrice',
      speakers: 'Intervenant(e)s',
      mainQuestion: 'Question principale',
      summaries: 'Résumé des présentations',
      mainAnswers: 'Réponses à la question principale',
      audienceQuestions: 'Questions pertinentes et réponses du public',
      conclusion: 'Résumé ou conclusion du modérateur',
      fullName: 'Nom complet',
      organization: 'Organisation',
      country: 'Pays',
      answer: 'Réponse',
      question: 'Question',
    } as const;
    for (const [key, label] of Object.entries(expected)) {
      expect(fr[key as keyof typeof expected]).toBe(label);
    }
    expect(fr.report).toBe('Rapport');
    expect(REPORT_LABELS.en.report).toBe('Report');
    expect(REPORT_LABELS.es.report).toBe('Informe');
  });

  it('gives every label in English and Spanish too', () => {
    const keys = Object.keys(REPORT_LABELS.fr).sort();
    for (const lang of ['en', 'es'] as const) {
      expect(Object.keys(REPORT_LABELS[lang]).sort()).toEqual(keys);
      for (const [k, v] of Object.entries(REPORT_LABELS[lang])) expect(v.trim(), `${lang}.${k}`).not.toBe('');
    }
    expect([REPORT_LABELS.fr.anonymous, REPORT_LABELS.en.anonymous, REPORT_LABELS.es.anonymous]).toEqual([
      'anonyme',
      'anonymous',
      'anónimo',
    ]);
  });
});
