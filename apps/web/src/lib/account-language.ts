import i18next from 'i18next';
import type { Locale } from '../gql/graphql';
import { updateAccountLocale } from './auth-api';
import { changeLanguage, type Language } from './i18n';
import { sessionStore } from './session';

const toLocale = (language: Language): Locale => (language === 'en' ? 'EN' : 'JA');
const toLanguage = (locale: Locale): Language => (locale === 'EN' ? 'en' : 'ja');

/** A language picked before signing in (on the login page), saved to the account once signed in. */
let choiceBeforeSignIn: Language | null = null;

/**
 * The language switch: the pages change at once and, when signed in, the account's language too, so that the api's
 * own texts (framework behaviours, error messages, notifications) follow; the api answers a signed-in person in
 * their account's language.
 */
export async function chooseLanguage(language: Language): Promise<void> {
  await changeLanguage(language);
  if (!sessionStore.get()) {
    choiceBeforeSignIn = language;
    return;
  }
  await updateAccountLocale(toLocale(language)).catch(() => undefined);
}

/**
 * When a session starts (sign-in, or a reload restoring it), the pages take the account's language, unless the
 * person just picked one on the login page: that choice is saved to the account instead. The last choice wins.
 */
export function startLanguageSync(): () => void {
  let signedIn = sessionStore.get() !== null;
  return sessionStore.subscribe((session) => {
    const arrived = session !== null && !signedIn;
    signedIn = session !== null;
    if (!session || !arrived) return;
    const accountLanguage = toLanguage(session.user.locale);
    const chosen = choiceBeforeSignIn;
    choiceBeforeSignIn = null;
    if (chosen && chosen !== accountLanguage) void updateAccountLocale(toLocale(chosen)).catch(() => undefined);
    else if (accountLanguage !== i18next.language) void changeLanguage(accountLanguage);
  });
}
