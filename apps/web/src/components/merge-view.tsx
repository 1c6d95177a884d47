import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface MergeField {
  key: string;
  label: string;
  /** What the person typed */
  mine: string;
  /** What is saved now (someone else's newer version) */
  theirs: string;
}

interface MergeViewProps {
  message: string;
  fields: MergeField[];
  saving: boolean;
  onSave: (merged: Record<string, string>) => void;
  onCancel: () => void;
}

type Choice = 'mine' | 'theirs' | 'edit';

/**
 * Shown when a save is refused because someone saved a newer version: both versions side by side for every field
 * that differs, and the person chooses theirs, mine, or edits a merge of both, so no text is lost.
 */
export function MergeView({ message, fields, saving, onSave, onCancel }: MergeViewProps): ReactNode {
  const { t } = useTranslation('common');
  const differing = fields.filter((field) => field.mine.trim() !== field.theirs.trim());
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(differing.map((field) => [field.key, 'mine'])),
  );
  const [edited, setEdited] = useState<Record<string, string>>(() =>
    Object.fromEntries(differing.map((field) => [field.key, `${field.theirs}\n${field.mine}`.trim()])),
  );

  const merged = (): Record<string, string> =>
    Object.fromEntries(
      fields.map((field) => {
        const choice = choices[field.key];
        const value =
          choice === 'theirs' ? field.theirs : choice === 'edit' ? (edited[field.key] ?? field.mine) : field.mine;
        return [field.key, value];
      }),
    );

  return (
    <Card withBorder padding="md" data-testid="merge-view" component="section" aria-labelledby="merge-title">
      <Stack>
        <Title order={2} size="h4" id="merge-title">
          {t('merge.title')}
        </Title>
        <Alert color="orange" role="alert">
          {message}
        </Alert>
        <Text size="sm">{t('merge.explain')}</Text>
        {differing.map((field) => (
          <Stack key={field.key} gap="xs" data-testid={`merge-field-${field.key}`}>
            <Text fw={700}>{field.label}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <Card withBorder padding="xs" bg="gray.0">
                <Text size="xs" c="dimmed">
                  {t('merge.theirs')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="merge-theirs">
                  {field.theirs || t('merge.emptyValue')}
                </Text>
              </Card>
              <Card withBorder padding="xs" bg="indigo.0">
                <Text size="xs" c="dimmed">
                  {t('merge.mine')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="merge-mine">
                  {field.mine || t('merge.emptyValue')}
                </Text>
              </Card>
            </SimpleGrid>
            <SegmentedControl
              aria-label={t('merge.choose', { label: field.label })}
              size="xs"
              value={choices[field.key]}
              onChange={(value) => setChoices((current) => ({ ...current, [field.key]: value as Choice }))}
              data={[
                { value: 'mine', label: t('merge.keepMine') },
                { value: 'theirs', label: t('merge.takeTheirs') },
                { value: 'edit', label: t('merge.combine') },
              ]}
            />
            {choices[field.key] === 'edit' && (
              <Textarea
                label={t('merge.combined', { label: field.label })}
                autosize
                minRows={3}
                value={edited[field.key]}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setEdited((current) => ({ ...current, [field.key]: value }));
                }}
              />
            )}
          </Stack>
        ))}
        <Group>
          <Button onClick={() => onSave(merged())} loading={saving}>
            {t('merge.save')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('merge.backToForm')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
