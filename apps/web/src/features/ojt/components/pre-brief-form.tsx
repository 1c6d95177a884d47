import { useState, type ReactNode } from 'react';
import { ActionIcon, Alert, Badge, Button, Card, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { ListEditor } from '../../../components/list-editor';
import { MergeView, type MergeField } from '../../../components/merge-view';
import { clearDraft, loadDraft, saveDraft } from '../../../lib/drafts';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { RecordPreBriefMutation } from '../documents';
import type { VisitQuery } from '../../../gql/graphql';
import { HYPOTHESIS_KINDS } from './labels';

type Visit = VisitQuery['visit'];
type Kind = (typeof HYPOTHESIS_KINDS)[number];

interface HypothesisValue {
  id?: string;
  kind: Kind;
  statement: string;
}

export interface PreBriefValues {
  companyInfoReviewed: string;
  priorConsultation: string;
  hearingItems: string[];
  hypotheses: HypothesisValue[];
  meetingPlan: string;
}

const TEXT_MAX = 4000;
const ITEM_MAX = 500;
const STATEMENT_MAX = 1000;

function valuesOf(brief: Visit['preBrief']): PreBriefValues {
  return {
    companyInfoReviewed: brief?.companyInfoReviewed ?? '',
    priorConsultation: brief?.priorConsultation ?? '',
    hearingItems: brief?.hearingItems ?? [],
    hypotheses: (brief?.hypotheses ?? []).map((h) => ({ id: h.id, kind: h.kind, statement: h.statement })),
    meetingPlan: brief?.meetingPlan ?? '',
  };
}

interface Conflict {
  message: string;
  version: number;
  theirs: PreBriefValues;
  mine: PreBriefValues;
}

/**
 * The pre-brief (事前準備): the carried-over next actions and revised hypotheses come first with one click to reuse
 * them; the text is kept as a draft while typing; a save over someone's newer version opens the merge view.
 */
export function PreBriefForm({ visit, onSaved }: { visit: Visit; onSaved: () => void }): ReactNode {
  const { t } = useTranslation('ojt');
  const draftKey = `pre-brief.${visit.id}`;
  const [restored] = useState(() => loadDraft<PreBriefValues>(draftKey));
  const [version, setVersion] = useState<number | undefined>(visit.preBrief?.version);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [{ fetching }, record] = useMutation(RecordPreBriefMutation);
  const form = useForm<PreBriefValues>({
    initialValues: restored ?? valuesOf(visit.preBrief),
    onValuesChange: (values) => saveDraft(draftKey, values),
    validate: {
      companyInfoReviewed: (v) =>
        !v.trim() ? t('form.required') : v.length > TEXT_MAX ? t('form.tooLong', { max: TEXT_MAX }) : null,
      priorConsultation: (v) => (v.length > TEXT_MAX ? t('form.tooLong', { max: TEXT_MAX }) : null),
      meetingPlan: (v) => (v.length > TEXT_MAX ? t('form.tooLong', { max: TEXT_MAX }) : null),
      hearingItems: (items) => (items.length > 30 ? t('form.tooMany', { max: 30 }) : null),
      hypotheses: {
        statement: (v) =>
          !v.trim() ? t('form.required') : v.length > STATEMENT_MAX ? t('form.tooLong', { max: STATEMENT_MAX }) : null,
      },
    },
  });
  const [showRestored, setShowRestored] = useState(!!restored);

  // The version stays the one this form started from (or last saved): a newer version saved elsewhere must come
  // back as a conflict to merge, never be overwritten silently.
  const save = async (values: PreBriefValues, withVersion: number | undefined): Promise<void> => {
    setFailure(null);
    const result = await record({
      input: {
        visitId: visit.id,
        version: withVersion,
        companyInfoReviewed: values.companyInfoReviewed,
        priorConsultation: values.priorConsultation,
        hearingItems: values.hearingItems.map((item) => item.trim()).filter(Boolean),
        hypotheses: values.hypotheses.map((h) => ({ id: h.id, kind: h.kind, statement: h.statement.trim() })),
        meetingPlan: values.meetingPlan,
      },
    });
    if (result.error) {
      form.setErrors(fieldErrors(result.error));
      setFailure(errorMessage(result.error, t('error.network')));
      return;
    }
    const outcome = result.data?.recordPreBrief;
    if (!outcome) return;
    if (outcome.__typename === 'PreBrief') {
      clearDraft(draftKey);
      setConflict(null);
      setShowRestored(false);
      setVersion(outcome.version);
      onSaved();
    } else if (outcome.__typename === 'StalePreBriefError') {
      setConflict({
        message: outcome.message,
        version: outcome.current.version,
        theirs: valuesOf(outcome.current),
        mine: values,
      });
    } else if ('message' in outcome) {
      setFailure(outcome.message);
    }
  };

  const submit = form.onSubmit((values) => void save(values, version));
  const carried = visit.carriedOver;
  const reuseHypothesis = (kind: Kind, statement: string): void => {
    if (form.values.hypotheses.some((h) => h.statement === statement)) return;
    form.insertListItem('hypotheses', { kind, statement });
  };
  const reuseAction = (description: string): void => {
    if (form.values.hearingItems.includes(description)) return;
    form.setFieldValue('hearingItems', [...form.values.hearingItems, description]);
  };

  if (conflict) {
    const join = (items: string[]): string => items.join('\n');
    const fields: MergeField[] = [
      {
        key: 'companyInfoReviewed',
        label: t('preBrief.companyInfoReviewed'),
        mine: conflict.mine.companyInfoReviewed,
        theirs: conflict.theirs.companyInfoReviewed,
      },
      {
        key: 'priorConsultation',
        label: t('preBrief.priorConsultation'),
        mine: conflict.mine.priorConsultation,
        theirs: conflict.theirs.priorConsultation,
      },
      {
        key: 'hearingItems',
        label: t('preBrief.hearingItems'),
        mine: join(conflict.mine.hearingItems),
        theirs: join(conflict.theirs.hearingItems),
      },
      {
        key: 'hypotheses',
        label: t('preBrief.hypotheses'),
        mine: join(conflict.mine.hypotheses.map((h) => h.statement)),
        theirs: join(conflict.theirs.hypotheses.map((h) => h.statement)),
      },
      {
        key: 'meetingPlan',
        label: t('preBrief.meetingPlan'),
        mine: conflict.mine.meetingPlan,
        theirs: conflict.theirs.meetingPlan,
      },
    ];
    return (
      <MergeView
        message={conflict.message}
        fields={fields}
        saving={fetching}
        onCancel={() => {
          form.setValues(conflict.mine);
          setVersion(conflict.version);
          setConflict(null);
        }}
        onSave={(merged) => {
          const lines = (text: string): string[] =>
            text
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean);
          const byStatement = new Map(
            [...conflict.theirs.hypotheses, ...conflict.mine.hypotheses].map((h) => [h.statement, h]),
          );
          const values: PreBriefValues = {
            companyInfoReviewed: merged.companyInfoReviewed,
            priorConsultation: merged.priorConsultation,
            meetingPlan: merged.meetingPlan,
            hearingItems: lines(merged.hearingItems),
            hypotheses: lines(merged.hypotheses).map(
              (statement) => byStatement.get(statement) ?? { kind: 'MANAGEMENT_ISSUE', statement },
            ),
          };
          form.setValues(values);
          void save(values, conflict.version);
        }}
      />
    );
  }

  return (
    <Stack gap="md">
      {(carried.nextActions.length > 0 || carried.hypotheses.length > 0) && (
        <Card withBorder bg="yellow.0" component="section" aria-labelledby="carried-over" data-testid="carried-over">
          <Title order={2} size="h4" id="carried-over" mb={4}>
            {t('preBrief.carriedOver')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('preBrief.carriedOverHelp')}
          </Text>
          <Stack gap="xs">
            {carried.nextActions.map((action) => (
              <Group key={action.id} justify="space-between" wrap="wrap" align="flex-start" gap={4}>
                <Stack gap={0}>
                  <Text size="sm">{action.description}</Text>
                  <Text size="xs" c="dimmed">
                    {t('preBrief.openAction', { owner: action.owner?.displayName ?? '', due: action.dueOn ?? '—' })}
                  </Text>
                </Stack>
                <Button size="xs" variant="light" onClick={() => reuseAction(action.description)}>
                  {t('preBrief.addToHearing')}
                </Button>
              </Group>
            ))}
            {carried.hypotheses.map((hypothesis) => (
              <Group key={hypothesis.id} justify="space-between" wrap="wrap" align="flex-start" gap={4}>
                <Stack gap={0}>
                  <Group gap={4}>
                    <Badge size="xs" variant="light">
                      {t(`hypothesisKind.${hypothesis.kind}`)}
                    </Badge>
                    <Badge size="xs" variant="outline" color="red">
                      {hypothesis.verdict ? t(`verdict.${hypothesis.verdict}`) : t('preBrief.unverified')}
                    </Badge>
                  </Group>
                  <Text size="sm">{hypothesis.statement}</Text>
                  {hypothesis.verdictNote && (
                    <Text size="xs" c="dimmed">
                      {hypothesis.verdictNote}
                    </Text>
                  )}
                </Stack>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() =>
                    reuseHypothesis(hypothesis.kind, hypothesis.verdictNote?.trim() || hypothesis.statement)
                  }
                >
                  {t('preBrief.reuse')}
                </Button>
              </Group>
            ))}
            <Group>
              <Button
                size="xs"
                onClick={() => {
                  carried.nextActions.forEach((action) => reuseAction(action.description));
                  carried.hypotheses.forEach((h) => reuseHypothesis(h.kind, h.verdictNote?.trim() || h.statement));
                }}
              >
                {t('preBrief.reuseAll')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}

      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {showRestored && (
            <Alert color="blue" withCloseButton onClose={() => setShowRestored(false)} closeButtonLabel={t('close')}>
              <Group justify="space-between">
                <Text size="sm">{t('draft.restored')}</Text>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => {
                    clearDraft(draftKey);
                    form.setValues(valuesOf(visit.preBrief));
                    setShowRestored(false);
                  }}
                >
                  {t('draft.discard')}
                </Button>
              </Group>
            </Alert>
          )}
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Textarea
            label={t('preBrief.companyInfoReviewed')}
            required
            autosize
            minRows={2}
            maxLength={TEXT_MAX}
            {...form.getInputProps('companyInfoReviewed')}
          />
          <Textarea
            label={t('preBrief.priorConsultation')}
            autosize
            minRows={2}
            maxLength={TEXT_MAX}
            {...form.getInputProps('priorConsultation')}
          />
          <ListEditor
            label={t('preBrief.hearingItems')}
            values={form.values.hearingItems}
            onChange={(items) => form.setFieldValue('hearingItems', items)}
            maxItems={30}
            maxLength={ITEM_MAX}
            addLabel={t('preBrief.addHearingItem')}
            testId="hearing-items"
          />
          <Stack gap={6}>
            <Text fw={500} size="sm">
              {t('preBrief.hypotheses')}
            </Text>
            {form.values.hypotheses.map((hypothesis, index) => (
              <Card key={hypothesis.id ?? `new-${index}`} withBorder padding="xs">
                <Stack gap={6}>
                  <Group justify="space-between" wrap="nowrap">
                    <Select
                      label={t('preBrief.hypothesisKind', { number: index + 1 })}
                      data={HYPOTHESIS_KINDS.map((kind) => ({ value: kind, label: t(`hypothesisKind.${kind}`) }))}
                      allowDeselect={false}
                      size="xs"
                      {...form.getInputProps(`hypotheses.${index}.kind`)}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('preBrief.removeHypothesis', { number: index + 1 })}
                      onClick={() => form.removeListItem('hypotheses', index)}
                    >
                      ×
                    </ActionIcon>
                  </Group>
                  <Textarea
                    label={t('preBrief.hypothesisStatement', { number: index + 1 })}
                    autosize
                    minRows={2}
                    maxLength={STATEMENT_MAX}
                    {...form.getInputProps(`hypotheses.${index}.statement`)}
                  />
                </Stack>
              </Card>
            ))}
            <Group>
              <Button
                size="xs"
                variant="light"
                disabled={form.values.hypotheses.length >= 20}
                onClick={() => form.insertListItem('hypotheses', { kind: 'MANAGEMENT_ISSUE', statement: '' })}
              >
                {t('preBrief.addHypothesis')}
              </Button>
            </Group>
          </Stack>
          <Textarea
            label={t('preBrief.meetingPlan')}
            autosize
            minRows={2}
            maxLength={TEXT_MAX}
            {...form.getInputProps('meetingPlan')}
          />
          <Group>
            <Button type="submit" loading={fetching}>
              {t('preBrief.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
