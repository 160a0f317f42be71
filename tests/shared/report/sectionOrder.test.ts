// The report's sections come in the forum template's order (PRODUCT.md, "The report").
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/model.js';
import { SessionBuilder } from '../../fixtures/report/builder.js';
import { SEED_NOW, seedSession } from '../../fixtures/report/seedSession.js';

const ORDER = [
  'header',
  'facts',
  'moderator',
  'speakers',
  'mainQuestion',
  'summaries',
  'mainAnswers',
  'guidingAnswers',
  'audienceQuestions',
  'conclusion',
  'photo',
  // Palabre's addition after the template: the participation timeline.
  'appendix',
];

describe('report section order', () => {
  it('follows the template in French, with the French titles', () => {
    const m = buildReport(seedSession('fr').state, SEED_NOW);
    expect(m.sections.map((s) => s.kind)).toEqual(ORDER);
    const titles = m.sections
      .map((s) => ('title' in s ? s.title : s.kind === 'header' ? s.heading : null))
      .filter((t) => t !== null);
    expect(titles).toEqual([
      'Rapport',
      'Nom du modérateur/modératrice',
      'Intervenant(e)s',
      'Question principale',
      'Résumé des présentations',
      'Réponses à la question principale',
      'Réponses aux questions directrices',
      'Questions pertinentes et réponses du public',
      'Résumé ou conclusion du modérateur',
      "Captures d'écran / photo de groupe de la session",
      'Annexe',
    ]);
    const facts = m.sections.find((s) => s.kind === 'facts');
    expect(facts?.kind === 'facts' && facts.facts.map((f) => f.label)).toEqual([
      'Titre de la session',
      'Type de session',
      'Langue',
      'Date',
      'Horaire',
      'Participants',
    ]);
  });

  it('follows the same order in English, with the English titles', () => {
    const m = buildReport(seedSession('en').state, SEED_NOW);
    expect(m.sections.map((s) => s.kind)).toEqual(ORDER);
    expect(m.sections[0]).toMatchObject({ kind: 'header', heading: 'Report' });
    expect(m.sections[2]).toMatchObject({ kind: 'moderator', title: 'Moderator' });
  });

  it('leaves out the guiding-question answers when the session has no guiding questions', () => {
    const b = new SessionBuilder('NOQ', { title: 'Bare', language: 'es' }, 0);
    const m = buildReport(b.state, 0);
    // Nobody joined or answered either: no timeline, so no appendix.
    expect(m.sections.map((s) => s.kind)).toEqual(ORDER.filter((k) => k !== 'guidingAnswers' && k !== 'appendix'));
    expect(m.sections[0]).toMatchObject({ heading: 'Informe' });
  });
});
