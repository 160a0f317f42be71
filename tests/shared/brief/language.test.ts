// Session language from what the brief says, and the session type without the language words.
import { describe, expect, it } from 'vitest';
import { detectLanguages, stripLanguages } from '../../../shared/brief/language.js';

describe('language', () => {
  it.each([
    ['French', ['fr']],
    ['Français', ['fr']],
    ['Anglais', ['en']],
    ['Espagnol', ['es']],
    ['Español', ['es']],
    ['Spanish / English', ['es', 'en']],
    ['FR', ['fr']],
    ["Session d'atelier en français", ['fr']],
    ['Klingon', []],
  ])('%s', (text, langs) => {
    expect(detectLanguages(text)).toEqual(langs);
  });

  it('strips language words from a session format', () => {
    expect(stripLanguages('Workshop Sessions / French')).toBe('Workshop Sessions');
    expect(stripLanguages("Session d'atelier en français")).toBe("Session d'atelier");
    expect(stripLanguages('Taller en español y francés')).toBe('Taller');
  });
});
