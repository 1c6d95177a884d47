import type { ReactNode } from 'react';
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { notifySuccess } from '../../../lib/notify';
import {
  ActivityFormOptionsDocument,
  CreateLearningActivityDocument,
  LearningActivityDocument,
  UpdateLearningActivityDocument,
} from '../documents';
import { ActivityForm, toActivityInput } from '../components/activity-form';

/** The owner creates an activity (`/programs/:programId/learning/new`) or edits one (`…/:activityId/edit`). */
export function ActivityFormPage(): ReactNode {
  const { programId = '', activityId } = useParams();
  const { t } = useTranslation('learning');
  const navigate = useNavigate();
  const [options, reexecute] = useQuery({ query: ActivityFormOptionsDocument, variables: { programId } });
  const [existing] = useQuery({
    query: LearningActivityDocument,
    variables: { id: activityId ?? '' },
    pause: !activityId,
  });
  const [, create] = useMutation(CreateLearningActivityDocument);
  const [, update] = useMutation(UpdateLearningActivityDocument);
  const activity = existing.data?.learningActivity;
  const back = activityId ? `/programs/${programId}/learning/${activityId}` : `/programs/${programId}/learning`;
  const ready = options.data && (!activityId || activity);

  return (
    <Stack gap="lg" maw={880}>
      <Anchor component={Link} to={back} size="sm">
        {t('owner.backToActivities')}
      </Anchor>
      <Stack gap={2}>
        <Title order={1}>{activityId ? t('form.editTitle') : t('form.createTitle')}</Title>
        {options.data && (
          <Text c="dimmed" size="sm">
            {options.data.program.name}
          </Text>
        )}
      </Stack>
      <QueryState result={options} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {activityId && !activity && <QueryState result={existing}>{null}</QueryState>}
        {ready && (
          <Card withBorder>
            <ActivityForm
              framework={options.data?.program.framework}
              activity={activity}
              submitLabel={activityId ? t('form.save') : t('form.create')}
              onCancel={() => void navigate(back)}
              onSubmit={async (values) => {
                const input = toActivityInput(values);
                if (activityId) {
                  const result = await update({ input: { activityId, ...input } });
                  const outcome = result.data?.updateLearningActivity;
                  if (result.error || !outcome) {
                    return {
                      fields: fieldErrors(result.error),
                      message: errorMessage(result.error, t('common:error.network')),
                    };
                  }
                  if (outcome.__typename !== 'LearningActivity')
                    return { message: 'message' in outcome ? outcome.message : null };
                  notifySuccess(t('form.savedNotice'));
                  void navigate(back);
                  return;
                }
                const result = await create({ input: { programId, kind: values.kind, ...input } });
                const outcome = result.data?.createLearningActivity;
                if (result.error || !outcome) {
                  return {
                    fields: fieldErrors(result.error),
                    message: errorMessage(result.error, t('common:error.network')),
                  };
                }
                if (outcome.__typename !== 'LearningActivity')
                  return { message: 'message' in outcome ? outcome.message : null };
                notifySuccess(t('form.createdNotice'));
                void navigate(`/programs/${programId}/learning/${outcome.id}`);
              }}
            />
          </Card>
        )}
      </QueryState>
    </Stack>
  );
}
