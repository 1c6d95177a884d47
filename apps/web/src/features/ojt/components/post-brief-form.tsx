import { useState, type ReactNode } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { ListEditor } from '../../../components/list-editor';
import { MergeView, type MergeField } from '../../../components/merge-view';
import { clearDraft, loadDraft, saveDraft } from '../../../lib/drafts';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import type { VisitQuery } from '../../../gql/graphql';
import { RecordPostBriefMutation } from '../documents';
import { VERDICTS } from './labels';

type Visit = VisitQuery['visit'];
type Verdict = (typeof VERDICTS)[number];

interface PostBriefValues {
  verdicts: { hypothesisId: string; verdict: Verdict | ''; note: string }[];
  findings: string;
  goodPoints: string;
  improvementAreas: string;
  improvementPlan: string;
  nextActions: { description: string; ownerId: string; dueOn: string }[];
  nextHearingItems: string[];
}

type TextKey = 'findings' | 'goodPoints' | 'improvementAreas' | 'improvementPlan';
const TEXT_KEYS: TextKey[] = ['findings', 'goodPoints', 'improvementAreas', 'improvementPlan'];

function valuesOf(visit: Visit): PostBriefValues {
  const brief = visit.postBrief;
  return {
    verdicts: visit.hypotheses.map((h) => ({
      hypothesisId: h.id,
      verdict: h.verdict ?? '',
      note: h.verdictNote ?? '',
    })),
    findings: brief?.findings ?? '',
    goodPoints: brief?.goodPoints ?? '',
    improvementAreas: brief?.improvementAreas ?? '',
    improvementPlan: brief?.improvementPlan ?? '',
    nextActions: visit.nextActions
      .filter((action) => action.status === 'OPEN')
      .map((action) => ({
        description: action.description,
        ownerId: action.owner?.id ?? '',
        dueOn: action.dueOn ?? '',
      })),
    nextHearingItems: brief?.nextHearingItems ?? [],
  };
}

interface Conflict {
  message: string;
  version: number;
  theirs: Record<TextKey, string> & { nextHearingItems: string[] };
  mine: PostBriefValues;
}

/**
 * The post-brief (事後整理): a verdict and a note for every hypothesis, good points, room to improve, the plan,
 * next actions with owner and due date. Drafts are kept while typing; a stale save opens the merge view.
 */
export function PostBriefForm({ visit, onSaved }: { visit: Visit; onSaved: () => void }): ReactNode {
  const { t } = useTranslation('ojt');
  const draftKey = `post-brief.${visit.id}`;
  const [version, setVersion] = useState<number | undefined>(visit.postBrief?.version);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [{ fetching }, record] = useMutation(RecordPostBriefMutation);
  const owners = [
    ...(visit.trainee ? [{ value: visit.trainee.id, label: visit.trainee.displayName }] : []),
    ...visit.mentors.map((mentor) => ({ value: mentor.id, label: mentor.displayName })),
  ];
  const text = (v: string): string | null => (v.length > 4000 ? t('form.tooLong', { max: 4000 }) : null);
  const form = useForm<PostBriefValues>({
    initialValues: loadDraft<PostBriefValues>(draftKey) ?? valuesOf(visit),
    onValuesChange: (values) => saveDraft(draftKey, values),
    validate: {
      verdicts: {
        verdict: (v) => (v ? null : t('postBrief.errors.verdict')),
        note: (v) => (v.length > 2000 ? t('form.tooLong', { max: 2000 }) : null),
      },
      findings: (v) => (!v.trim() ? t('form.required') : text(v)),
      goodPoints: text,
      improvementAreas: text,
      improvementPlan: text,
      nextActions: {
        description: (v) =>
          !v.trim() ? t('form.required') : v.length > 1000 ? t('form.tooLong', { max: 1000 }) : null,
        ownerId: (v) => (v ? null : t('form.required')),
      },
    },
  });

  const save = async (values: PostBriefValues, withVersion: number | undefined): Promise<void> => {
    setFailure(null);
    const result = await record({
      input: {
        visitId: visit.id,
        version: withVersion,
        hypothesisVerdicts: values.verdicts.map((v) => ({
          hypothesisId: v.hypothesisId,
          verdict: v.verdict as Verdict,
          note: v.note.trim() || undefined,
        })),
        findings: values.findings,
        goodPoints: values.goodPoints,
        improvementAreas: values.improvementAreas,
        improvementPlan: values.improvementPlan,
        nextActions: values.nextActions.map((a) => ({
          description: a.description.trim(),
          ownerId: a.ownerId,
          dueOn: a.dueOn || undefined,
        })),
        nextHearingItems: values.nextHearingItems.map((item) => item.trim()).filter(Boolean),
      },
    });
    if (result.error) {
      form.setErrors(fieldErrors(result.error));
      setFailure(errorMessage(result.error, t('error.network')));
      return;
    }
    const outcome = result.data?.recordPostBrief;
    if (!outcome) return;
    if (outcome.__typename === 'PostBrief') {
      clearDraft(draftKey);
      setConflict(null);
      setVersion(outcome.version);
      onSaved();
    } else if (outcome.__typename === 'StalePostBriefError') {
      setConflict({
        message: outcome.message,
        version: outcome.current.version,
        theirs: outcome.current,
        mine: values,
      });
    } else if ('message' in outcome) {
      setFailure(outcome.message);
    }
  };

  const submit = form.onSubmit((values) => void save(values, version));

  if (conflict) {
    const fields: MergeField[] = [
      ...TEXT_KEYS.map((key) => ({
        key,
        label: t(`postBrief.${key}`),
        mine: conflict.mine[key],
        theirs: conflict.theirs[key],
      })),
      {
        key: 'nextHearingItems',
        label: t('postBrief.nextHearingItems'),
        mine: conflict.mine.nextHearingItems.join('\n'),
        theirs: conflict.theirs.nextHearingItems.join('\n'),
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
          const values: PostBriefValues = {
            ...conflict.mine,
            findings: merged.findings,
            goodPoints: merged.goodPoints,
            improvementAreas: merged.improvementAreas,
            improvementPlan: merged.improvementPlan,
            nextHearingItems: merged.nextHearingItems
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean),
          };
          form.setValues(values);
          void save(values, conflict.version);
        }}
      />
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Stack gap="xs" component="section" aria-labelledby="verdicts-heading">
          <Title order={2} size="h5" id="verdicts-heading">
            {t('postBrief.verdicts')}
          </Title>
          {visit.hypotheses.length === 0 && <Text c="dimmed">{t('postBrief.noHypotheses')}</Text>}
          {visit.hypotheses.map((hypothesis, index) => (
            <Card key={hypothesis.id} withBorder padding="xs" data-testid={`verdict-${index}`}>
              <Stack gap={6}>
                <Badge size="xs" variant="light">
                  {t(`hypothesisKind.${hypothesis.kind}`)}
                </Badge>
                <Text size="sm" fw={600} id={`hypothesis-${hypothesis.id}`}>
                  {hypothesis.statement}
                </Text>
                <SegmentedControl
                  aria-labelledby={`hypothesis-${hypothesis.id}`}
                  fullWidth
                  size="xs"
                  data={VERDICTS.map((verdict) => ({ value: verdict, label: t(`verdict.${verdict}`) }))}
                  value={form.values.verdicts[index]?.verdict ?? ''}
                  onChange={(value) => form.setFieldValue(`verdicts.${index}.verdict`, value as Verdict)}
                />
                {form.errors[`verdicts.${index}.verdict`] && (
                  <Text size="xs" c="red.8" role="alert">
                    {form.errors[`verdicts.${index}.verdict`]}
                  </Text>
                )}
                <Textarea
                  label={t('postBrief.verdictNote', { number: index + 1 })}
                  autosize
                  minRows={1}
                  maxLength={2000}
                  {...form.getInputProps(`verdicts.${index}.note`)}
                />
              </Stack>
            </Card>
          ))}
        </Stack>
        {TEXT_KEYS.map((key) => (
          <Textarea
            key={key}
            required={key === 'findings'}
            label={t(`postBrief.${key}`)}
            autosize
            minRows={2}
            maxLength={4000}
            {...form.getInputProps(key)}
          />
        ))}
        <Stack gap={6} component="section" aria-labelledby="next-actions-heading">
          <Title order={2} size="h5" id="next-actions-heading">
            {t('postBrief.nextActions')}
          </Title>
          {form.values.nextActions.map((_action, index) => (
            <Card key={index} withBorder padding="xs" data-testid={`next-action-${index}`}>
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap" align="flex-end">
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('postBrief.actionDescription', { number: index + 1 })}
                    maxLength={1000}
                    {...form.getInputProps(`nextActions.${index}.description`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('postBrief.removeAction', { number: index + 1 })}
                    onClick={() => form.removeListItem('nextActions', index)}
                  >
                    ×
                  </ActionIcon>
                </Group>
                <Group grow>
                  <Select
                    label={t('postBrief.actionOwner')}
                    data={owners}
                    allowDeselect={false}
                    {...form.getInputProps(`nextActions.${index}.ownerId`)}
                  />
                  <TextInput
                    type="date"
                    label={t('postBrief.actionDue')}
                    {...form.getInputProps(`nextActions.${index}.dueOn`)}
                  />
                </Group>
              </Stack>
            </Card>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              disabled={form.values.nextActions.length >= 20}
              onClick={() =>
                form.insertListItem('nextActions', { description: '', ownerId: visit.trainee?.id ?? '', dueOn: '' })
              }
            >
              {t('postBrief.addAction')}
            </Button>
          </Group>
        </Stack>
        <ListEditor
          label={t('postBrief.nextHearingItems')}
          values={form.values.nextHearingItems}
          onChange={(items) => form.setFieldValue('nextHearingItems', items)}
          maxItems={30}
          maxLength={500}
          addLabel={t('preBrief.addHearingItem')}
        />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('postBrief.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
