import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { errorMessage } from '../../../lib/graphql-errors';
import { notifySuccess } from '../../../lib/notify';
import { CancelLearningActivityDocument, ManageActivityDocument } from '../documents';
import { ActivityDetails } from '../components/activity-details';
import { AttendanceSheet } from '../components/attendance-sheet';
import { isSelfPaced } from '../components/labels';

const REFRESH_MS = 5_000;

/**
 * An activity for its owner: the details, edit, cancel with a reason, the check-in code for the projector and the
 * attendance sheet of the cohort (refreshed every few seconds while trainees check in).
 */
export function ManageActivityPage(): ReactNode {
  const { programId = '', activityId = '' } = useParams();
  const { t } = useTranslation('learning');
  const [result, reexecute] = useQuery({ query: ManageActivityDocument, variables: { programId, activityId } });
  const [cancelOpen, setCancelOpen] = useState(false);
  const refresh = (): void => reexecute({ requestPolicy: 'network-only' });
  const data = result.data;
  const activity = data?.learningActivity;
  const selfPaced = activity ? isSelfPaced(activity.kind) : false;

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (!document.hidden) reexecute({ requestPolicy: 'network-only' });
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reexecute]);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/programs/${programId}/learning`} size="sm">
        {t('owner.backToActivities')}
      </Anchor>
      <QueryState result={result} onRetry={refresh}>
        {data && activity && (
          <>
            <Stack gap={4}>
              <Title order={1}>{activity.title}</Title>
              <Text size="sm" c="dimmed">
                {data.program.name}
              </Text>
            </Stack>
            <Card withBorder>
              <Stack gap="md">
                <ActivityDetails activity={activity} behaviours={activity.behaviours} />
                {activity.status === 'SCHEDULED' && (
                  <Group>
                    {!selfPaced && (
                      <Button component={Link} to={`/programs/${programId}/learning/${activityId}/code`}>
                        {t('owner.showCode')}
                      </Button>
                    )}
                    <Button
                      component={Link}
                      to={`/programs/${programId}/learning/${activityId}/edit`}
                      variant="default"
                    >
                      {t('owner.edit')}
                    </Button>
                    <Button variant="light" color="red" onClick={() => setCancelOpen(true)}>
                      {t('owner.cancel')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Card>
            <Card withBorder component="section" aria-labelledby="attendance-sheet">
              <Title order={2} size="h4" id="attendance-sheet" mb="sm">
                {selfPaced ? t('sheet.progressTitle') : t('sheet.title')}
              </Title>
              {selfPaced ? (
                <SelfPacedProgress participations={data.activityParticipations} members={data.program.members} />
              ) : (
                <AttendanceSheet
                  activityId={activity.id}
                  members={data.program.members}
                  participations={data.activityParticipations}
                  editable={activity.status === 'SCHEDULED'}
                  onSaved={refresh}
                />
              )}
            </Card>
            <CancelActivityModal
              opened={cancelOpen}
              onClose={() => setCancelOpen(false)}
              activityId={activity.id}
              onCancelled={refresh}
            />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function SelfPacedProgress({
  participations,
  members,
}: {
  participations: { userId: string; progressPercent: number; done: boolean; user?: { displayName: string } | null }[];
  members: { userId: string; status: string; user?: { displayName: string } | null }[];
}): ReactNode {
  const { t } = useTranslation('learning');
  const active = members.filter((member) => member.status === 'ACTIVE');
  const byUser = new Map(participations.map((participation) => [participation.userId, participation]));
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {active.map((member) => {
        const participation = byUser.get(member.userId);
        return (
          <Group key={member.userId} component="li" justify="space-between">
            <Text size="sm">{member.user?.displayName}</Text>
            <Text size="sm" c={participation?.done ? 'teal.9' : 'dimmed'}>
              {participation?.done ? t('myStatus.DONE') : `${participation?.progressPercent ?? 0}%`}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}

function CancelActivityModal({
  opened,
  onClose,
  activityId,
  onCancelled,
}: {
  opened: boolean;
  onClose: () => void;
  activityId: string;
  onCancelled: () => void;
}): ReactNode {
  const { t } = useTranslation('learning');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, cancel] = useMutation(CancelLearningActivityDocument);
  const submit = async (): Promise<void> => {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    const result = await cancel({ input: { activityId, reason: reason.trim() } });
    const outcome = result.data?.cancelLearningActivity;
    if (result.error || !outcome) {
      setFailure(errorMessage(result.error, t('common:error.network')));
      return;
    }
    if (outcome.__typename !== 'LearningActivity') {
      setFailure('message' in outcome ? outcome.message : null);
      return;
    }
    notifySuccess(t('owner.cancelledNotice'));
    onClose();
    onCancelled();
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('owner.cancelTitle')}
      closeButtonProps={{ 'aria-label': t('common:close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('owner.cancelHelp')}</Text>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Textarea
          label={t('owner.cancelReason')}
          required
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={missing && !reason.trim() ? t('caseWork.required') : undefined}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('owner.keep')}
          </Button>
          <Button color="red" onClick={() => void submit()} loading={fetching}>
            {t('owner.confirmCancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
