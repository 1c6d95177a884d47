import type { ReactNode } from 'react';
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ListEditorProps {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  maxItems: number;
  maxLength: number;
  errors?: Record<number, string | undefined>;
  addLabel: string;
  testId?: string;
}

/** A short list of one-line texts (hearing items…): add, edit, remove; each line labelled for screen readers. */
export function ListEditor({
  label,
  values,
  onChange,
  maxItems,
  maxLength,
  errors,
  addLabel,
  testId,
}: ListEditorProps): ReactNode {
  const { t } = useTranslation('common');
  return (
    <Stack gap={6} data-testid={testId}>
      <Text fw={500} size="sm">
        {label}
      </Text>
      {values.map((value, index) => (
        <Group key={index} gap={6} wrap="nowrap" align="flex-start">
          <TextInput
            style={{ flex: 1 }}
            aria-label={t('list.item', { label, number: index + 1 })}
            value={value}
            maxLength={maxLength}
            error={errors?.[index]}
            onChange={(event) => onChange(values.map((v, i) => (i === index ? event.currentTarget.value : v)))}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('list.remove', { label, number: index + 1 })}
            onClick={() => onChange(values.filter((_, i) => i !== index))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          disabled={values.length >= maxItems}
          onClick={() => onChange([...values, ''])}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
