import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', '..', 'apps', 'web', 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function flatten(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    flatten(inner, prefix ? `${prefix}.${key}` : key),
  );
}

const files = walk(SRC);
const i18nFolders = [...new Set(files.filter((f) => /[\\/]i18n[\\/](ja|en)\.json$/.test(f)).map((f) => join(f, '..')))];

describe('web app translations', () => {
  it('finds the translation folders of the app, the shared components and every feature', () => {
    const names = i18nFolders.map((folder) => relative(SRC, folder).split('\\').join('/'));
    expect(names).toEqual(expect.arrayContaining(['app/i18n', 'components/i18n', 'features/ojt/i18n']));
  });

  it.each(i18nFolders.map((folder) => [relative(SRC, folder), folder]))(
    '%s has the same keys in Japanese and English, none empty',
    (_name, folder) => {
      const ja = JSON.parse(readFileSync(join(folder, 'ja.json'), 'utf8')) as Record<string, unknown>;
      const en = JSON.parse(readFileSync(join(folder, 'en.json'), 'utf8')) as Record<string, unknown>;
      const jaKeys = flatten(ja).sort();
      const enKeys = flatten(en).sort();
      expect(jaKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
      expect(enKeys.filter((key) => !jaKeys.includes(key))).toEqual([]);
      const values = (object: unknown): unknown[] =>
        object !== null && typeof object === 'object' ? Object.values(object).flatMap(values) : [object];
      expect([...values(ja), ...values(en)].filter((value) => typeof value !== 'string' || !value.trim())).toEqual([]);
    },
  );

  it('has no Japanese text written into components: every string goes through i18n', () => {
    const japanese = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/;
    const offenders = files
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, at: `${relative(SRC, file)}:${index + 1}` }))
          .filter(({ line }) => japanese.test(line) && !/^\s*(\/\/|\*|\/\*)/.test(line))
          .map(({ at }) => at),
      );
    expect(offenders).toEqual([]);
  });
});
