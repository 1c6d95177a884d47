import { registerEnumType } from '@nestjs/graphql';

/** The two languages Banso speaks. Every user-facing message exists in both. */
export enum Locale {
  JA = 'ja',
  EN = 'en',
}
registerEnumType(Locale, { name: 'Locale', description: 'Language of the caller (ja = 日本語, en = English)' });

/** A message written in both languages; the caller's locale picks one. */
export interface LocalizedText {
  ja: string;
  en: string;
}

export function localize(text: LocalizedText, locale: Locale): string {
  return locale === Locale.EN ? text.en : text.ja;
}

/** Picks the caller's language from an Accept-Language header; Japanese unless English is preferred. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return Locale.JA;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const quality = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: quality ? Number(quality.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag.startsWith('ja') || entry.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('en') ? Locale.EN : Locale.JA;
}
