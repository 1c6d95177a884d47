import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, List, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import type { MyCompetenciesQuery as MyCompetencies } from '../../../gql/graphql';
import { RecordSelfAssessmentMutation } from '../documents';

type Profile = MyCompetencies['competencyProfile'];

/** The API's limits (RecordSelfAssessmentInput). */
const COMMENT_MAX = 2000;

interface SelfAssessmentValues {
  behaviourId: string;
  level: string;
  comment: string;
}

/** The trainee rates themself (自己評価) on one behaviour: level 0–4 with what each level means, and a comment. */
export function SelfAssessmentForm({
  programId,
  profile,
  onSaved,
}: {
  programId: string;
  profile: Profile;
  onSaved: () => void;
}): ReactNode {
  const { t } = useTranslation('ojt');
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(RecordSelfAssessmentMutation);
  const form = useForm<SelfAssessmentValues>({
    initialValues: { behaviourId: '', level: '', comment: '' },
    validate: {
      behaviourId: (v) => (v ? null : t('competencies.form.required')),
      level: (v) => (/^[0-4]$/.test(v) ? null : t('competencies.form.required')),
      comment: (v) => (v.length > COMMENT_MAX ? t('competencies.form.tooLong', { max: COMMENT_MAX }) : null),
    },
  });

  const steps = new Map(profile.steps.map((standing) => [standing.step.id, standing.step]));
  const groups = [
    ...profile.steps.map((standing) => ({
      group: `${standing.step.code} ${standing.step.title}`,
      items: profile.behaviours
        .filter((b) => b.behaviour.stepId === standing.step.id)
        .map((b) => ({ value: b.behaviour.id, label: `${b.behaviour.code} ${b.behaviour.name}` })),
    })),
    {
      group: t('competencies.crossCutting'),
      items: profile.behaviours
        .filter((b) => !b.behaviour.stepId)
        .map((b) => ({ value: b.behaviour.id, label: `${b.behaviour.code} ${b.behaviour.name}` })),
    },
  ].filter((group) => group.items.length > 0);
  const chosen = profile.behaviours.find((b) => b.behaviour.id === form.values.behaviourId)?.behaviour;
  const step = chosen?.stepId ? steps.get(chosen.stepId) : undefined;

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    setSaved(null);
    const result = await record({
      input: {
        programId,
        behaviourId: values.behaviourId,
        level: Number(values.level),
        comment: values.comment.trim() || undefined,
      },
    });
    if (result.error) {
      form.setErrors(fieldErrors(result.error));
      setFailure(errorMessage(result.error, t('competencies.form.network')));
      return;
    }
    const outcome = result.data?.recordSelfAssessment;
    if (!outcome) return;
    if (outcome.__typename === 'Assessment') {
      form.setFieldValue('comment', '');
      setSaved(t('competencies.form.saved', { name: chosen?.name ?? '' }));
      onSaved();
    } else if ('message' in outcome) {
      setFailure(outcome.message);
    }
  });

  return (
    <Card withBorder component="section" aria-labelledby="self-assessment">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="self-assessment">
            {t('competencies.form.title')}
          </Title>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          {saved && (
            <Alert color="green" role="status">
              {saved}
            </Alert>
          )}
          <Select
            label={t('competencies.form.behaviour')}
            placeholder={t('competencies.form.behaviourPlaceholder')}
            data={groups}
            searchable
            required
            {...form.getInputProps('behaviourId')}
          />
          {chosen && (
            <Stack gap={4}>
              <Text size="sm">{chosen.description}</Text>
              {step && step.practicePoints.length > 0 && (
                <>
                  <Text size="sm" fw={600}>
                    {t('competencies.form.practicePoints', { step: step.code })}
                  </Text>
                  <List size="sm" spacing={2}>
                    {step.practicePoints.map((point, index) => (
                      <List.Item key={index}>{point.text}</List.Item>
                    ))}
                  </List>
                </>
              )}
            </Stack>
          )}
          <Radio.Group label={t('competencies.form.level')} required {...form.getInputProps('level')}>
            <Stack gap="xs" mt="xs">
              {profile.framework.scale.map((level) => (
                <Radio
                  key={level.level}
                  value={String(level.level)}
                  label={`${level.level} ${level.label}`}
                  description={level.meaning}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('competencies.form.comment')}
            description={t('competencies.form.commentHint', { max: COMMENT_MAX })}
            autosize
            minRows={2}
            {...form.getInputProps('comment')}
          />
          <Button type="submit" loading={fetching} style={{ alignSelf: 'flex-start' }}>
            {t('competencies.form.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
