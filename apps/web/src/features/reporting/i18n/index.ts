import i18next from 'i18next';
import ja from './ja.json';
import en from './en.json';

/** The `reporting` namespace, registered when the reporting chunk loads (it is not in the first route's bundle). */
export const REPORTING_NS = 'reporting';

i18next.addResourceBundle('ja', REPORTING_NS, ja, true, true);
i18next.addResourceBundle('en', REPORTING_NS, en, true, true);
