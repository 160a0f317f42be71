// Only picture addresses reach an <img src> or a Markdown image: no script or HTML URLs.
import { describe, expect, it } from 'vitest';
import { safeImageSrc } from '../../../shared/report/imageSrc.js';

describe('photo address', () => {
  it('accepts PNG/JPEG data URLs, web URLs and relative paths', () => {
    for (const ok of [
      'data:image/png;base64,iVBORw0KGgo=',
      'data:image/jpeg;base64,/9j/4AAQ',
      'https://example.org/p.jpg',
      'photo.png',
      'img/photo.jpg',
    ]) {
      expect(safeImageSrc(ok)).toBe(ok);
    }
  });

  it('refuses script, HTML and malformed addresses', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'x" onerror="alert(1)',
      'a b.png',
      'vbscript:msgbox',
      '',
    ]) {
      expect(safeImageSrc(bad)).toBeNull();
    }
  });
});
