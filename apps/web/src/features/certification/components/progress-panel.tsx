import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, Card, Group, List, Progress, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../../components/query-state';
import { errorMessage } from '../../../lib/graphql-errors';
import { isErrorResult } from '../../../lib/error-result';
import { notifySuccess } from '../../../lib/notify';
import type { CertificateKind, IssueCertificateMutation } from '../../../gql/graphql';
import {
  CertificationEvaluationRunDocument,
  EvaluateProgramCertificationsDocument,
  IssueCertificateDocument,
  TraineeProgressDocument,
} from '../documents';
import type { ProgramCertification } from '../pages/certification-admin-page';
import { RuleProgressCard } from './rule-progress-card';
import { RevokeButton } from './revoke-button';
import { NAMESPACE } from '../translations';

type Missing = Extract<IssueCertificateMutation['issueCertificate'], { __typename: 'CriteriaNotMetError' }>['missing'];

/** Per trainee: the checklist of each rule, with Issue and Revoke; and the cohort re-evaluation. */
export function ProgressPanel({
  data,
  onChanged,
  traineeId,
  onPick,
}: {
  data: ProgramCertification;
  onChanged: () => void;
  traineeId: string | null;
  onPick: (userId: string | null) => void;
}): ReactNode {
  const { t } = useTranslation(NAMESPACE);
  const people = data.program.members
    .filter((member) => member.status === 'ACTIVE' && (member.role === 'TRAINEE' || member.role === 'MENTOR'))
    .filter((member, index, all) => all.findIndex((other) => other.userId === member.userId) === index)
    .map((member) => ({ value: member.userId, label: member.user?.displayName ?? member.userId }));

  return (
    <Stack gap="md">
      <EvaluateCohort programId={data.program.id} closed={data.program.status === 'CLOSED'} />
      <Group align="flex-end" gap="md">
        <Select
          label={t('admin.pickTrainee')}
          data={people}
          value={traineeId}
          onChange={onPick}
          searchable
          style={{ flex: '1 1 240px' }}
        />
        {traineeId && (
          <Anchor component={Link} to={`/lineage/${traineeId}`} size="sm" pb={8}>
            {t('admin.lineage')}
          </Anchor>
        )}
      </Group>
      {traineeId && <TraineeProgress programId={data.program.id} traineeId={traineeId} onChanged={onChanged} />}
    </Stack>
  );
}

function TraineeProgress({
  programId,
  traineeId,
  onChanged,
}: {
  programId: string;
  traineeId: string;
  onChanged: () => void;
}): ReactNode {
  const [result, reexecute] = useQuery({ query: TraineeProgressDocument, variables: { programId, traineeId } });
  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    onChanged();
  };
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {result.data?.certificationProgress.rules.map((rule) => (
        <RuleProgressCard key={rule.ruleId} rule={rule}>
          {rule.activeCertificateId ? (
            <Group>
              <RevokeButton certificateId={rule.activeCertificateId} onRevoked={refresh} />
            </Group>
          ) : (
            <IssueButton programId={programId} userId={traineeId} kind={rule.kind} onIssued={refresh} />
          )}
        </RuleProgressCard>
      ))}
    </QueryState>
  );
}

function IssueButton({
  programId,
  userId,
  kind,
  onIssued,
}: {
  programId: string;
  userId: string;
  kind: CertificateKind;
  onIssued: () => void;
}): ReactNode {
  const { t } = useTranslation(NAMESPACE);
  const [{ fetching, error }, issue] = useMutation(IssueCertificateDocument);
  const [refused, setRefused] = useState<{ message: string; missing: Missing } | null>(null);

  async function submit() {
    setRefused(null);
    const result = await issue({ input: { programId, userId, kind } });
    const outcome = result.data?.issueCertificate;
    if (outcome?.__typename === 'CriteriaNotMetError') {
      setRefused({ message: outcome.message, missing: outcome.missing });
      return;
    }
    if (isErrorResult(outcome)) {
      setRefused({ message: outcome.message, missing: [] });
      return;
    }
    if (outcome) {
      notifySuccess(t('admin.issued', { kind: t(`kind.${kind}`) }));
      onIssued();
    }
  }

  const general = errorMessage(error, t('common:error.network'));
  return (
    <Stack gap="xs">
      <Group>
        <Button onClick={() => void submit()} loading={fetching}>
          {t('admin.issue', { kind: t(`kind.${kind}`) })}
        </Button>
      </Group>
      {(refused || general) && (
        <Alert color="red" role="alert" title={refused?.message ?? general}>
          {refused && refused.missing.length > 0 && (
            <Stack gap={4}>
              <Text size="sm">{t('admin.notMet')}</Text>
              <List size="sm" data-testid="unmet-criteria">
                {refused.missing.map((criterion) => (
                  <List.Item key={criterion.key}>
                    {criterion.label} — {t('path.value', { current: criterion.current, target: criterion.target })}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
        </Alert>
      )}
    </Stack>
  );
}

function EvaluateCohort({ programId, closed }: { programId: string; closed: boolean }): ReactNode {
  const { t } = useTranslation(NAMESPACE);
  const [runId, setRunId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching, error }, evaluate] = useMutation(EvaluateProgramCertificationsDocument);
  const [run, reexecute] = useQuery({
    query: CertificationEvaluationRunDocument,
    variables: { id: runId ?? '' },
    pause: !runId,
    requestPolicy: 'network-only',
  });
  const progress = run.data?.certificationEvaluationRun;
  const finished = progress?.finished ?? false;

  useEffect(() => {
    if (!runId || finished) return;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), 1000);
    return () => clearInterval(timer);
  }, [runId, finished, reexecute]);

  async function start() {
    setProblem(null);
    const result = await evaluate({ input: { programId } });
    const outcome = result.data?.evaluateProgramCertifications;
    if (isErrorResult(outcome)) setProblem(outcome.message);
    else if (outcome?.__typename === 'CertificationEvaluationRun') setRunId(outcome.id);
  }

  const general = problem ?? errorMessage(error, t('common:error.network'));
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Group>
          <Button variant="light" onClick={() => void start()} loading={fetching} disabled={closed}>
            {t('admin.evaluate')}
          </Button>
        </Group>
        {progress && (
          <Stack gap={4} role="status">
            <Progress
              value={progress.total ? (progress.done / progress.total) * 100 : 100}
              aria-label={t('admin.evaluate')}
            />
            <Text size="sm">
              {finished
                ? t('admin.evaluated', { done: progress.done, total: progress.total, count: progress.criteriaMetCount })
                : t('admin.evaluating', { done: progress.done, total: progress.total })}
            </Text>
          </Stack>
        )}
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
