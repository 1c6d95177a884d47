import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Progress, Slider, Stack, Text } from '@mantine/core';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/graphql-errors';
import { formatDateTime } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import type { ParticipationFieldsFragment } from '../../../gql/graphql';
import {
  AcknowledgeHandbookDocument,
  CancelRegistrationDocument,
  RecordLearningProgressDocument,
  RegisterForActivityDocument,
} from '../documents';
import { progressSteps } from '../calendar';

type Participation = ParticipationFieldsFragment;

interface Outcome {
  __typename?: string;
  message?: string;
}

function useOutcome(): [
  string | null,
  (error: Parameters<typeof errorMessage>[0], outcome: Outcome | undefined) => boolean,
  () => void,
] {
  const { t } = useTranslation('learning');
  const [failure, setFailure] = useState<string | null>(null);
  const check = (error: Parameters<typeof errorMessage>[0], outcome: Outcome | undefined): boolean => {
    if (error || !outcome) {
      setFailure(errorMessage(error, t('common:error.network')));
      return false;
    }
    if (outcome.__typename !== 'Participation') {
      setFailure(outcome.message ?? null);
      return false;
    }
    setFailure(null);
    return true;
  };
  return [failure, check, () => setFailure(null)];
}

/** Register for a session, see the waitlist position, cancel. */
export function RegistrationPanel({
  activityId,
  participation,
  open,
  onChanged,
}: {
  activityId: string;
  participation: Participation | null | undefined;
  /** Scheduled and not over */
  open: boolean;
  onChanged: () => void;
}): ReactNode {
  const { t } = useTranslation('learning');
  const [failure, check] = useOutcome();
  const [registering, register] = useMutation(RegisterForActivityDocument);
  const [cancelling, cancel] = useMutation(CancelRegistrationDocument);
  const status = participation?.registrationStatus;

  const onRegister = async (): Promise<void> => {
    const result = await register({ input: { activityId } });
    const outcome = result.data?.registerForActivity;
    if (!check(result.error, outcome)) return;
    if (outcome?.__typename === 'Participation') {
      notifySuccess(
        outcome.registrationStatus === 'WAITLISTED'
          ? t('registration.waitlistedNotice', { position: outcome.waitlistPosition ?? 0 })
          : t('registration.registeredNotice'),
      );
    }
    onChanged();
  };
  const onCancel = async (): Promise<void> => {
    const result = await cancel({ input: { activityId } });
    if (!check(result.error, result.data?.cancelRegistration)) return;
    notifySuccess(t('registration.cancelledNotice'));
    onChanged();
  };

  return (
    <Stack gap="sm">
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {status === 'REGISTERED' && (
        <Text data-testid="registration-status" fw={600}>
          {t('registration.registered')}
        </Text>
      )}
      {status === 'WAITLISTED' && (
        <Text data-testid="registration-status" fw={600}>
          {t('registration.waitlisted', { position: participation?.waitlistPosition ?? 0 })}
        </Text>
      )}
      {open && (status === 'REGISTERED' || status === 'WAITLISTED') && (
        <Group>
          <Button variant="default" onClick={() => void onCancel()} loading={cancelling.fetching}>
            {status === 'WAITLISTED' ? t('registration.leaveWaitlist') : t('registration.cancel')}
          </Button>
        </Group>
      )}
      {open && status !== 'REGISTERED' && status !== 'WAITLISTED' && (
        <Group>
          <Button onClick={() => void onRegister()} loading={registering.fetching}>
            {t('registration.register')}
          </Button>
        </Group>
      )}
      {!open && !status && <Text c="dimmed">{t('registration.closed')}</Text>}
    </Stack>
  );
}

/** E-learning progress: a slider and quick steps; progress only goes up, 100 % completes the module. */
export function ProgressPanel({
  activityId,
  participation,
  onChanged,
}: {
  activityId: string;
  participation: Participation | null | undefined;
  onChanged: () => void;
}): ReactNode {
  const { t, i18n } = useTranslation('learning');
  const current = participation?.progressPercent ?? 0;
  const [value, setValue] = useState(current);
  const [failure, check] = useOutcome();
  const [{ fetching }, record] = useMutation(RecordLearningProgressDocument);

  const save = async (percent: number): Promise<void> => {
    const result = await record({ input: { activityId, progressPercent: percent } });
    if (!check(result.error, result.data?.recordLearningProgress)) return;
    setValue(percent);
    notifySuccess(percent === 100 ? t('progress.completedNotice') : t('progress.savedNotice', { percent }));
    onChanged();
  };

  if (participation?.completedAt) {
    return (
      <Stack gap="xs">
        <Progress value={100} color="green" size="lg" aria-label={t('progress.label', { percent: 100 })} />
        <Alert color="green" data-testid="elearning-complete">
          {t('progress.completedAt', { time: formatDateTime(participation.completedAt, i18n.language) })}
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <Text size="sm" id={`progress-${activityId}`}>
        {t('progress.current', { percent: current })}
      </Text>
      <Slider
        value={value}
        onChange={(next) => setValue(Math.max(next, current))}
        min={0}
        max={100}
        step={5}
        label={(v) => `${v}%`}
        thumbLabel={t('progress.slider')}
        marks={[{ value: 25 }, { value: 50 }, { value: 75 }]}
        mb="sm"
      />
      <Group gap="xs">
        {progressSteps(current).map((step) => (
          <Button key={step} variant="light" size="sm" onClick={() => void save(step)} disabled={fetching}>
            {step === 100 ? t('progress.complete') : `${step}%`}
          </Button>
        ))}
        <Button size="sm" onClick={() => void save(value)} disabled={value <= current} loading={fetching}>
          {t('progress.save', { percent: value })}
        </Button>
      </Group>
    </Stack>
  );
}

/** Handbook: confirm it has been read (読了確認). */
export function HandbookPanel({
  activityId,
  participation,
  onChanged,
}: {
  activityId: string;
  participation: Participation | null | undefined;
  onChanged: () => void;
}): ReactNode {
  const { t, i18n } = useTranslation('learning');
  const [failure, check] = useOutcome();
  const [{ fetching }, acknowledge] = useMutation(AcknowledgeHandbookDocument);
  if (participation?.acknowledgedAt) {
    return (
      <Alert color="green" data-testid="handbook-acknowledged">
        {t('handbook.acknowledgedAt', { time: formatDateTime(participation.acknowledgedAt, i18n.language) })}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <Text size="sm">{t('handbook.help')}</Text>
      <Group>
        <Button
          loading={fetching}
          onClick={() =>
            void acknowledge({ input: { activityId } }).then((result) => {
              if (!check(result.error, result.data?.acknowledgeHandbook)) return;
              notifySuccess(t('handbook.acknowledgedNotice'));
              onChanged();
            })
          }
        >
          {t('handbook.acknowledge')}
        </Button>
      </Group>
    </Stack>
  );
}
