import type { ReactNode } from 'react';
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../lib/i18n';
import { chooseLanguage } from '../lib/account-language';

/** 日本語 / English: the pages, and the account's language when signed in, switch together. */
export function LanguageSwitch(): ReactNode {
  const { t, i18n } = useTranslation('common');
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" id="language-switch-label">
        {t('language.label')}
      </Text>
      <SegmentedControl
        aria-labelledby="language-switch-label"
        size="xs"
        fullWidth
        value={i18n.language}
        data={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
        onChange={(value) => void chooseLanguage(value as Language)}
        data-testid="language-switch"
      />
    </Stack>
  );
}
