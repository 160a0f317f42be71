// Text the importer cannot place is listed, never dropped silently.
import { describe, expect, it } from 'vitest';
import { importBrief } from '../../../shared/brief/importBrief.js';

const BRIEF = `GLOBAL SOCIAL ECONOMY FORUM 2021
Organised with the support of many partners across four continents and several networks

**Session title:** Local food systems
**Rapporteur:** Marie Curie (Institut du Radium)
**Date:** 2021-10-05

## Logistics
Coffee will be served in room B.

**Language:** Klingon

Guiding questions
1. What works?
Please keep answers short.
`;

describe('unrecognised text', () => {
  const r = importBrief(BRIEF);

  it('lists unknown sections, stray lines and unparseable values', () => {
    expect(r.definition.title).toBe('Local food systems');
    expect(r.definition.date).toBe('2021-10-05');
    expect(r.unrecognized).toEqual([
      'Organised with the support of many partners across four continents and several networks',
      'Rapporteur: Marie Curie (Institut du Radium)',
      'Logistics',
      'Coffee will be served in room B.',
      'Language: Klingon',
      'Please keep answers short.',
    ]);
    expect(r.warnings).toContainEqual({ code: 'language_unknown', params: { value: 'Klingon' } });
  });
});
