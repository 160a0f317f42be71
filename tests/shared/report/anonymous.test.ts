// A participant who stayed anonymous is written "anonyme", "anonymous" or "anónimo" in the
// session's language, whatever language they chose for themselves.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/definition.js';
import { renderMarkdown } from '../../../shared/report/markdown.js';
import { buildReport } from '../../../shared/report/model.js';
import { personLine } from '../../../shared/report/types.js';
import { SessionBuilder } from '../../fixtures/report/builder.js';

function session(language: Language) {
  const b = new SessionBuilder('ANO', { language, mainQuestion: '?', identity: 'optional' }, 0);
  b.join('p', { name: 'Ignored', organization: 'Org', anonymous: true, language: 'en' });
  b.mod({ type: 'phase:set', phase: { kind: 'question', questionId: 'main' } });
  b.answer('p', 'a', 'main', 'oui');
  return buildReport(b.state, 0);
}

describe('anonymous participants', () => {
  it.each([
    ['fr', 'anonyme'],
    ['en', 'anonymous'],
    ['es', 'anónimo'],
  ] as const)('are "%s: %s" in the report', (language, word) => {
    const m = session(language);
    const s = m.sections.find((x) => x.kind === 'mainAnswers');
    const a = s?.kind === 'mainAnswers' ? s.answers[0] : undefined;
    expect(a?.person).toEqual({ name: '', organization: '', country: '', anonymous: true });
    expect(a && personLine(a.person, m.labels)).toBe(word);
    expect(renderMarkdown(m)).toContain(word);
    expect(renderMarkdown(m)).not.toContain('Ignored');
  });
});
