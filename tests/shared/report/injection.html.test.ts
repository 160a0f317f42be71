// Participant text in the HTML report is escaped everywhere: no element, attribute or URL of theirs.
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../shared/report/html.js';
import { buildReport } from '../../../shared/report/model.js';
import { INJECTION_NOW, injectionSession } from '../../fixtures/report/injectionSession.js';

describe('HTML injection', () => {
  const html = renderHtml(buildReport(injectionSession().state, INJECTION_NOW), { photoSrc: 'javascript:alert(1)' });

  it('contains no participant element or event handler', () => {
    expect(html).not.toMatch(/<script|<img|<div>|<b>|<i>|<[a-z]+[^>]*\sonerror=|href=/i);
    expect(html).not.toContain('</style><script');
    // Our own stylesheet is the only style element, closed once.
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('shows the typed text, escaped', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('**bold** [link](javascript:alert(1))');
    expect(html).toContain('<title>Report — Session &lt;b&gt;bold&lt;/b&gt; &amp; co</title>');
    expect(html).toContain('=HYPERLINK(&quot;http://evil&quot;)');
  });

  it('drops a photo address that is not a picture', () => {
    expect(html).toContain('<p class="empty">No photo.</p>');
  });
});
