// Participant markup in the Word report stays text: escaped XML character data, never elements.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/model.js';
import { renderDocx } from '../../../server/report/docx.js';
import { openDocx } from '../../fixtures/report/docxXml.js';
import {
  FORMULAS,
  IMG,
  INJECTION_NOW,
  MD_LINK,
  SCRIPT,
  injectionSession,
} from '../../fixtures/report/injectionSession.js';

describe('Word injection', () => {
  it('keeps scripts, tags, links and formulas as plain text', async () => {
    const b = injectionSession();
    // A control character XML cannot hold must not make the document unreadable.
    b.rap({ type: 'answer:curate', answerId: 'a1', correctedText: `bell\u0007${SCRIPT}` });
    const { documentXml, text } = await openDocx(await renderDocx(buildReport(b.state, INJECTION_NOW)));
    expect(documentXml).not.toMatch(/<script|<img|<b>|\u0007/);
    expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const t of [`bell${SCRIPT}`, IMG, MD_LINK, ...FORMULAS.map((f) => f.trim()), 'Session <b>bold</b> & co'])
      expect(text).toContain(t);
    expect(documentXml).not.toMatch(/<w:hyperlink/);
  });
});
