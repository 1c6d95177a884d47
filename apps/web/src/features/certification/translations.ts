import i18next from 'i18next';
import ja from './i18n/ja.json';
import en from './i18n/en.json';

/**
 * The certification pages are a lazily loaded chunk, and so are their translations: app/i18n-resources.ts leaves
 * this namespace out of the eager bundle and the chunk adds it when it loads (before any of its pages renders).
 */
export const NAMESPACE = 'certification';
i18next.addResourceBundle('ja', NAMESPACE, ja, true, true);
i18next.addResourceBundle('en', NAMESPACE, en, true, true);
