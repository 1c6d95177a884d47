import { useState, type ReactNode } from 'react';
import { Alert, Badge, Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { formatDateTime } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import type { CaseSubmissionFieldsFragment, MyCaseWorkQuery } from '../../../gql/graphql';
import { MyCaseWorkDocument, ReviewCaseWorkDocument, SubmitCaseWorkDocument } from '../documents';

type Rubric = MyCaseWorkQuery['myCaseWork']['rubric'];
type Submission = CaseSubmissionFieldsFragment;

const FIELDS = ['issueHypotheses', 'proposedSolutions', 'talentRequirementDraft'] as const;

/** Case work of a CASE_STUDY / WORKSHOP activity: the trainee's submission and the peer reviews allocated to them. */
export function CaseWorkPanel({ activityId, closed }: { activityId: string; closed: boolean }): ReactNode {
  const { t } = useTranslation('learning');
  const [result, reexecute] = useQuery({ query: MyCaseWorkDocument, variables: { activityId } });
  const work = result.data?.myCaseWork;
  const refresh = (): void => reexecute({ requestPolicy: 'network-only' });
  return (
    <QueryState result={result} onRetry={refresh}>
      {work && (
        <Stack gap="lg">
          <Card withBorder component="section" aria-labelledby="my-case-work">
            <Title order={2} size="h4" id="my-case-work" mb="sm">
              {t('caseWork.title')}
            </Title>
            <SubmissionForm
              key={`${work.submission?.id ?? 'new'}-${work.submission?.version ?? 0}-${work.submission?.status ?? ''}`}
              activityId={activityId}
              submission={work.submission}
              rubric={work.rubric}
              closed={closed}
              onSaved={refresh}
            />
          </Card>
          <Card withBorder component="section" aria-labelledby="peer-reviews">
            <Title order={2} size="h4" id="peer-reviews" mb="sm">
              {t('peer.title', { count: work.peerReviewsToDo.length })}
            </Title>
            {work.peerReviewsToDo.length ? (
              <Stack gap="md">
                {work.peerReviewsToDo.map((submission, index) => (
                  <PeerReview
                    key={submission.id}
                    index={index + 1}
                    submission={submission}
                    rubric={work.rubric}
                    onReviewed={refresh}
                  />
                ))}
              </Stack>
            ) : (
              <Text c="dimmed">{t('peer.none')}</Text>
            )}
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}

function SubmissionForm({
  activityId,
  submission,
  rubric,
  closed,
  onSaved,
}: {
  activityId: string;
  submission: Submission | null | undefined;
  rubric: Rubric;
  closed: boolean;
  onSaved: () => void;
}): ReactNode {
  const { t, i18n } = useTranslation('learning');
  const [values, setValues] = useState({
    issueHypotheses: submission?.issueHypotheses ?? '',
    proposedSolutions: submission?.proposedSolutions ?? '',
    talentRequirementDraft: submission?.talentRequirementDraft ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, submit] = useMutation(SubmitCaseWorkDocument);
  const reviewedCurrent =
    submission?.reviews.some((review) => review.submissionVersion === submission.version) ?? false;
  const locked = closed || (submission?.status === 'FINAL' && !reviewedCurrent);

  const save = async (final: boolean): Promise<void> => {
    setFailure(null);
    const missing = final ? FIELDS.filter((field) => !values[field].trim()) : [];
    if (missing.length) {
      setErrors(Object.fromEntries(missing.map((field) => [field, t('caseWork.required')])));
      return;
    }
    setErrors({});
    const result = await submit({ input: { activityId, final, ...values } });
    const outcome = result.data?.submitCaseWork;
    if (result.error || !outcome) {
      setErrors(fieldErrors(result.error));
      setFailure(errorMessage(result.error, t('common:error.network')));
      return;
    }
    if (outcome.__typename !== 'CaseSubmission') {
      setFailure('message' in outcome ? outcome.message : null);
      return;
    }
    notifySuccess(final ? t('caseWork.submittedNotice') : t('caseWork.draftNotice'));
    onSaved();
  };

  return (
    <Stack gap="sm">
      {submission && (
        <Group gap="xs">
          <Badge
            variant="light"
            color={submission.status === 'FINAL' ? 'teal' : 'gray'}
            data-testid="submission-status"
          >
            {t(`submissionStatus.${submission.status}`)}
          </Badge>
          <Text size="xs" c="dimmed">
            {t('caseWork.version', { version: submission.version })}
            {submission.submittedAt ? ` · ${formatDateTime(submission.submittedAt, i18n.language)}` : ''}
          </Text>
        </Group>
      )}
      {locked && !closed && <Text size="sm">{t('caseWork.locked')}</Text>}
      {closed && <Text size="sm">{t('caseWork.closed')}</Text>}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {FIELDS.map((field) => (
        <Textarea
          key={field}
          label={t(`caseWork.${field}`)}
          value={values[field]}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setValues((current) => ({ ...current, [field]: value }));
          }}
          readOnly={locked}
          autosize
          minRows={3}
          error={errors[field]}
        />
      ))}
      {!locked && (
        <Group>
          <Button variant="default" onClick={() => void save(false)} loading={fetching}>
            {t('caseWork.saveDraft')}
          </Button>
          <Button onClick={() => void save(true)} loading={fetching}>
            {submission?.status === 'FINAL' ? t('caseWork.resubmit') : t('caseWork.submitFinal')}
          </Button>
        </Group>
      )}
      {submission && submission.reviews.length > 0 && (
        <Stack gap="xs" mt="sm">
          <Title order={3} size="h5">
            {t('caseWork.reviewsReceived')}
          </Title>
          {submission.reviews.map((review) => (
            <Card key={review.id} withBorder padding="sm">
              <Group gap="xs" mb={4}>
                <Badge variant="light" color={review.role === 'MENTOR' ? 'indigo' : 'grape'}>
                  {t(`reviewer.${review.role}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('caseWork.version', { version: review.submissionVersion })}
                </Text>
              </Group>
              <Stack gap={2}>
                {review.scores.map((score) => (
                  <Text size="sm" key={score.criterion}>
                    {rubric.find((criterion) => criterion.code === score.criterion)?.title ?? score.criterion}:{' '}
                    {score.level} / 4
                  </Text>
                ))}
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {review.comment}
                </Text>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function PeerReview({
  index,
  submission,
  rubric,
  onReviewed,
}: {
  index: number;
  submission: Submission;
  rubric: Rubric;
  onReviewed: () => void;
}): ReactNode {
  const { t } = useTranslation('learning');
  const [levels, setLevels] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [{ fetching }, review] = useMutation(ReviewCaseWorkDocument);
  const done = submission.reviews.some((item) => item.submissionVersion === submission.version);

  const send = async (): Promise<void> => {
    setFailure(null);
    if (rubric.some((criterion) => levels[criterion.code] === undefined) || !comment.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const result = await review({
      input: {
        submissionId: submission.id,
        comment,
        scores: rubric.map((criterion) => ({ criterion: criterion.code, level: Number(levels[criterion.code]) })),
      },
    });
    const outcome = result.data?.reviewCaseWork;
    if (result.error || !outcome) {
      setFailure(errorMessage(result.error, t('common:error.network')));
      return;
    }
    if (outcome.__typename !== 'CaseReview') {
      setFailure('message' in outcome ? outcome.message : null);
      return;
    }
    notifySuccess(t('peer.sentNotice'));
    onReviewed();
  };

  return (
    <Card withBorder padding="sm" data-testid={`peer-review-${index}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('peer.submission', { number: index })}
          </Title>
          {done && (
            <Badge variant="light" color="teal">
              {t('peer.done')}
            </Badge>
          )}
        </Group>
        {FIELDS.map((field) => (
          <Stack gap={0} key={field}>
            <Text size="xs" fw={600}>
              {t(`caseWork.${field}`)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {submission[field] || '—'}
            </Text>
          </Stack>
        ))}
        {!done && (
          <>
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
            {rubric.map((criterion) => (
              <Radio.Group
                key={criterion.code}
                label={criterion.title}
                value={levels[criterion.code] ?? null}
                onChange={(value) => setLevels((current) => ({ ...current, [criterion.code]: value }))}
                error={missing && levels[criterion.code] === undefined ? t('peer.chooseLevel') : undefined}
              >
                <Stack gap={4} mt={4}>
                  {criterion.levels.map((level) => (
                    <Radio
                      key={level.level}
                      value={String(level.level)}
                      label={`${level.level} — ${level.description}`}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            ))}
            <Textarea
              label={t('peer.comment')}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              autosize
              minRows={2}
              error={missing && !comment.trim() ? t('caseWork.required') : undefined}
            />
            <Group>
              <Button onClick={() => void send()} loading={fetching}>
                {t('peer.send')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
