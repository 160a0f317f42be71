// Text for the standard PDF fonts: WinAnsi kept as is, the rest mapped to what reads the same.
import { describe, expect, it } from 'vitest';
import { toWinAnsi } from '../../../server/report/winAnsi.js';

describe('toWinAnsi', () => {
  it('keeps Latin-1 accents and the Windows-1252 punctuation', () => {
    const s = 'éàçñüÉÀÇÑ ’ ‘ “ ” – — … œ Œ € • «»';
    expect(toWinAnsi(s)).toBe(s);
  });

  it('maps arrows, minus signs and special spaces', () => {
    expect(toWinAnsi('a → b ← c − 1\u202F:\u2009x\u200By')).toBe('a -> b <- c - 1\u00A0: xy');
  });

  it('strips accents the fonts lack and marks what has no stand-in', () => {
    expect(toWinAnsi('Ştefan Dvořák Łukasz 東 😀')).toBe('Stefan Dvorák Lukasz ? ?');
  });

  it('drops control characters but keeps line breaks', () => {
    expect(toWinAnsi('a\u0007b\r\nc\u0085d\te')).toBe('ab\ncd e');
  });

  it('composes decomposed accents first', () => {
    expect(toWinAnsi('e\u0301te\u0301')).toBe('été');
  });
});
