import { Locale, localeFromAcceptLanguage, localize } from './locale';

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, Locale.JA],
    ['', Locale.JA],
    ['ja', Locale.JA],
    ['ja-JP', Locale.JA],
    ['en', Locale.EN],
    ['en-US,en;q=0.9', Locale.EN],
    ['EN-gb', Locale.EN],
    ['ja;q=0.5, en;q=0.8', Locale.EN],
    ['en;q=0.3, ja-JP;q=0.9', Locale.JA],
    ['fr-FR, de;q=0.9', Locale.JA],
    ['fr-FR, en;q=0.1', Locale.EN],
    ['*', Locale.JA],
  ])('%j → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});

describe('localize', () => {
  it('picks the text of the locale', () => {
    const text = { ja: '見つかりません', en: 'not found' };
    expect(localize(text, Locale.JA)).toBe('見つかりません');
    expect(localize(text, Locale.EN)).toBe('not found');
  });
});
