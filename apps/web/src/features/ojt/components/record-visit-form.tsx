import { useState, type ReactNode } from 'react';
import { Alert, Button, Checkbox, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { clearDraft, loadDraft, saveDraft } from '../../../lib/drafts';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import type { VisitQuery } from '../../../gql/graphql';
import { RecordVisitMutation } from '../documents';
import { STEPS, TRAINEE_ROLES } from './labels';

type Visit = VisitQuery['visit'];

interface RecordVisitValues {
  heldAt: string;
  durationMinutes: number | string;
  traineeRole: string;
  stepsPractised: string[];
  summary: string;
}

function localDateTime(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Records that the visit took place: when, how long, the trainee's role, the STEPs practised, a summary. */
export function RecordVisitForm({ visit, onSaved }: { visit: Visit; onSaved: () => void }): ReactNode {
  const { t } = useTranslation('ojt');
  const draftKey = `visit-record.${visit.id}`;
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(RecordVisitMutation);
  const form = useForm<RecordVisitValues>({
    initialValues: loadDraft<RecordVisitValues>(draftKey) ?? {
      heldAt: localDateTime(new Date(Math.min(Date.now(), Date.parse(visit.scheduledAt))).toISOString()),
      durationMinutes: 90,
      traineeRole: visit.traineeRole,
      stepsPractised: [],
      summary: '',
    },
    onValuesChange: (values) => saveDraft(draftKey, values),
    validate: {
      heldAt: (v) => (!v ? t('form.required') : Date.parse(v) > Date.now() ? t('record.errors.future') : null),
      durationMinutes: (v) => (typeof v !== 'number' || v < 1 || v > 1440 ? t('record.errors.duration') : null),
      stepsPractised: (v) => (v.length > 4 ? t('form.tooMany', { max: 4 }) : null),
      summary: (v) => (!v.trim() ? t('form.required') : v.length > 4000 ? t('form.tooLong', { max: 4000 }) : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const result = await record({
      input: {
        visitId: visit.id,
        heldAt: new Date(values.heldAt).toISOString(),
        durationMinutes: Number(values.durationMinutes),
        traineeRole: values.traineeRole as (typeof TRAINEE_ROLES)[number],
        stepsPractised: values.stepsPractised as (typeof STEPS)[number][],
        summary: values.summary.trim(),
      },
    });
    if (result.error) {
      form.setErrors(fieldErrors(result.error));
      setFailure(errorMessage(result.error, t('error.network')));
      return;
    }
    const outcome = result.data?.recordVisit;
    if (outcome?.__typename === 'OjtVisit') {
      clearDraft(draftKey);
      onSaved();
    } else if (outcome && 'message' in outcome) setFailure(outcome.message);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <TextInput type="datetime-local" label={t('record.heldAt')} required {...form.getInputProps('heldAt')} />
        <NumberInput
          label={t('record.durationMinutes')}
          min={1}
          max={1440}
          required
          {...form.getInputProps('durationMinutes')}
        />
        <Select
          label={t('plan.traineeRole')}
          data={TRAINEE_ROLES.map((role) => ({ value: role, label: t(`traineeRole.${role}`) }))}
          allowDeselect={false}
          {...form.getInputProps('traineeRole')}
        />
        <Checkbox.Group label={t('record.stepsPractised')} {...form.getInputProps('stepsPractised')}>
          <Group mt={4}>
            {STEPS.map((step) => (
              <Checkbox key={step} value={step} label={step} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea
          label={t('record.summary')}
          autosize
          minRows={3}
          maxLength={4000}
          required
          {...form.getInputProps('summary')}
        />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('record.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
