import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setRequestLanguage } from './auth-api';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'banso.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'ja' ? stored : 'ja';
}

/** i18next with Japanese first; every namespace comes as `{ ja, en }` JSON (a test fails on a missing key). */
export function initI18n(resources: Resource): typeof i18next {
  const language = initialLanguage();
  setRequestLanguage(language);
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'ja',
    defaultNS: 'common',
    fallbackNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/** Switches the language of the pages and of the api's messages; remembered on this device. */
export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  setRequestLanguage(language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}
