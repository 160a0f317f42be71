// Heading vocabularies (English, French, Spanish) and the shapes heading lines take.
import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../../shared/brief/headings.js';
import { readHeading } from '../../../shared/brief/headingLine.js';

describe('matchLabel', () => {
  it.each([
    ['Session title', 'title'],
    ['Titre de la session', 'title'],
    ['Título de la sesión', 'title'],
    ['Date / Duration', 'schedule'],
    ['Date/Dur\uFFFDe', 'schedule'],
    ['Session format / Language', 'format'],
    ['Idioma', 'language'],
    ['Background', 'background'],
    ['Contexte', 'background'],
    ['Antecedentes', 'background'],
    ['Objetivos', 'objectives'],
    ['Question principale', 'mainQuestion'],
    ['Pregunta principal', 'mainQuestion'],
    ['Questions directrices', 'guidingQuestions'],
    ['Preguntas orientadoras', 'guidingQuestions'],
    ['Série 2', 'round'],
    ['Ronda 1', 'round'],
    ['Round 1', 'round'],
    ['Modératrice', 'moderator'],
    ['Moderador(a)', 'moderator'],
    ['Intervenant(e)s', 'speakers'],
    ['Ponentes', 'speakers'],
    ['Oradores', 'speakers'],
    ['Moderator and Speakers', 'people'],
    ['Session Objectives/ Descriptions', 'description'],
  ])('%s → %s', (label, key) => {
    expect(matchLabel(label)?.key).toBe(key);
  });

  it('tells the brief language when a label belongs to one language only', () => {
    expect(matchLabel('Titre de la session')?.lang).toBe('fr');
    expect(matchLabel('Date')?.lang).toBeNull();
  });
});

describe('readHeading', () => {
  const out = { inSpeakers: false };
  it.each([
    ['○ **Session title:** Innovative Partnerships', 'title', 'Innovative Partnerships'],
    ['#### • Objectives', 'objectives', ''],
    ['o **Moderator and Speakers**', 'people', ''],
    ['- **Modératrice:** Kevin Ossah', 'moderator', 'Kevin Ossah'],
    ['• **Speakers :**', 'speakers', ''],
    ['##### Round 1', 'round', ''],
    ['Date: 2 May 2023', 'schedule', '2 May 2023'],
    ['Titre de la session:\tInnovative', 'title', 'Innovative'],
    ['<h2>Contexte</h2>', 'background', ''],
    ['## Logistics', 'unknown', ''],
  ])('%s', (line, key, value) => {
    expect(readHeading(line, out)).toMatchObject({ key, value });
  });

  it('does not take text for headings', () => {
    expect(readHeading('3. What is the role of governments in fostering cooperation?', out)).toBeNull();
    expect(readHeading('**Speaker 1** CRESS Mayotte', out)).toBeNull();
    expect(
      readHeading('\t<b>Organization (Country)</b>\t<b>Name</b>\t<b>Presentation Description</b>', out),
    ).toBeNull();
  });

  it('inside a speaker list, only clear headings end it', () => {
    const inSpeakers = { inSpeakers: true };
    expect(readHeading('**Bio:** twenty years of cooperative work', inSpeakers)).toBeNull();
    expect(readHeading('Description', inSpeakers)).toBeNull();
    expect(readHeading('Main question', inSpeakers)?.key).toBe('mainQuestion');
    expect(readHeading('## Annexes', inSpeakers)?.key).toBe('unknown');
  });
});
