import type { Resource } from 'i18next';

/**
 * Every namespace of the app: `components/i18n` is `common`, `app/i18n` is `app`, `features/<domain>/i18n` is
 * `<domain>`. Each folder holds ja.json and en.json with the same keys. Features only some people open load their
 * namespace with their own lazy chunk instead, so the trainee's first route does not download it (reporting:
 * `features/reporting/i18n/index.ts`; certification: `features/certification/translations.ts`).
 */
const files = import.meta.glob<Record<string, unknown>>(
  [
    '../components/i18n/*.json',
    './i18n/*.json',
    '../features/*/i18n/*.json',
    '!../features/reporting/i18n/*.json',
    '!../features/certification/i18n/*.json',
  ],
  { eager: true, import: 'default' },
);

function namespaceOf(path: string): string {
  if (path.startsWith('../components/')) return 'common';
  if (path.startsWith('./i18n/')) return 'app';
  return path.split('/')[2];
}

export function i18nResources(): Resource {
  const resources: Resource = { ja: {}, en: {} };
  for (const [path, content] of Object.entries(files)) {
    const language = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    resources[language] ??= {};
    resources[language][namespaceOf(path)] = content;
  }
  return resources;
}
