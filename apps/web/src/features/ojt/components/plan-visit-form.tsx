import { useState, type ReactNode } from 'react';
import { Alert, Button, Checkbox, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { PlanVisitMutation } from '../documents';
import { TRAINEE_ROLES } from './labels';

interface PlanVisitFormProps {
  supportCaseId: string;
  mentors: { id: string; name: string }[];
}

function defaultTime(): string {
  const date = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  date.setHours(10, 0, 0, 0);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T10:00`;
}

/** Plans the next accompanied visit of the case with one or more of the trainee's mentors. */
export function PlanVisitForm({ supportCaseId, mentors }: PlanVisitFormProps): ReactNode {
  const { t } = useTranslation('ojt');
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, planVisit] = useMutation(PlanVisitMutation);
  const form = useForm({
    initialValues: {
      scheduledAt: defaultTime(),
      traineeRole: 'OBSERVER',
      mentorIds: mentors.slice(0, 1).map((mentor) => mentor.id),
    },
    validate: {
      scheduledAt: (value) => (value ? null : t('plan.errors.when')),
      mentorIds: (value) =>
        value.length === 0 ? t('plan.errors.mentor') : value.length > 5 ? t('plan.errors.tooManyMentors') : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const result = await planVisit({
      input: {
        supportCaseId,
        scheduledAt: new Date(values.scheduledAt).toISOString(),
        traineeRole: values.traineeRole as 'OBSERVER' | 'CO_LEAD' | 'LEAD',
        mentorIds: values.mentorIds,
      },
    });
    if (result.error) {
      form.setErrors(fieldErrors(result.error));
      setFailure(errorMessage(result.error, t('error.network')));
      return;
    }
    const planned = result.data?.planVisit;
    if (planned?.__typename === 'OjtVisit') void navigate(`/trainee/visits/${planned.id}`);
    else if (planned && 'message' in planned) setFailure(planned.message);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack mt="md" gap="sm">
        <Title order={3} size="h5">
          {t('plan.title')}
        </Title>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <TextInput
          type="datetime-local"
          label={t('plan.scheduledAt')}
          required
          {...form.getInputProps('scheduledAt')}
        />
        <Select
          label={t('plan.traineeRole')}
          data={TRAINEE_ROLES.map((role) => ({ value: role, label: t(`traineeRole.${role}`) }))}
          allowDeselect={false}
          {...form.getInputProps('traineeRole')}
        />
        <Checkbox.Group label={t('plan.mentors')} required {...form.getInputProps('mentorIds')}>
          <Group mt={4}>
            {mentors.map((mentor) => (
              <Checkbox key={mentor.id} value={mentor.id} label={mentor.name} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group>
          <Button type="submit" loading={fetching}>
            {t('plan.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
