import { Alert, Badge, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ProgramFrameworkDocument, VisitReviewDocument } from '../documents';
import { FeedbackForm } from '../components/feedback-form';
import { formatDateTime } from '../../../lib/format';

const VERDICT_COLOR = { CONFIRMED: 'green', REVISED: 'yellow', REJECTED: 'red' } as const;

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

function Paragraph({ text }: { text: string | null | undefined }) {
  const { t } = useTranslation('mentor');
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {text?.trim() ? text : t('review.none')}
    </Text>
  );
}

function Items({ items }: { items: readonly string[] }) {
  const { t } = useTranslation('mentor');
  if (!items.length) return <Paragraph text={t('review.none')} />;
  return (
    <List size="sm">
      {items.map((item, index) => (
        <List.Item key={index}>{item}</List.Item>
      ))}
    </List>
  );
}

/** The mentor's view of one visit: pre-brief and post-brief side by side, hypotheses with verdicts, feedback. */
export function VisitReviewPage() {
  const { visitId = '' } = useParams();
  const { t, i18n } = useTranslation('mentor');
  const [{ data, fetching, error }] = useQuery({ query: VisitReviewDocument, variables: { id: visitId } });
  const visit = data?.visit;
  const [framework] = useQuery({
    query: ProgramFrameworkDocument,
    variables: { programId: visit?.programId ?? '' },
    pause: !visit,
  });

  if (fetching && !data) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (error || !visit) {
    return (
      <Alert color="red" title={t('common:error.title')}>
        {error?.message ?? t('review.notFound')}
      </Alert>
    );
  }

  const preBrief = visit.preBrief;
  const postBrief = visit.postBrief;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('review.title', { company: visit.clientCompany?.name ?? '', number: visit.number })}</Title>
        <Group gap="xs">
          <Badge c="dark.7" variant="light">
            {t(`visitStatus.${visit.status}`)}
          </Badge>
          <Text size="sm">{t('review.trainee', { name: visit.trainee?.displayName ?? '' })}</Text>
          <Text size="sm" c="dimmed">
            {formatDateTime(visit.heldAt ?? visit.scheduledAt, i18n.language)}
          </Text>
        </Group>
        {visit.summary && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {visit.summary}
          </Text>
        )}
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder component="section" aria-labelledby="pre-brief-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="pre-brief-heading">
              {t('review.preBrief')}
            </Title>
            {preBrief ? (
              <>
                <Section title={t('review.companyInfoReviewed')}>
                  <Paragraph text={preBrief.companyInfoReviewed} />
                </Section>
                <Section title={t('review.priorConsultation')}>
                  <Paragraph text={preBrief.priorConsultation} />
                </Section>
                <Section title={t('review.hearingItems')}>
                  <Items items={preBrief.hearingItems} />
                </Section>
                <Section title={t('review.meetingPlan')}>
                  <Paragraph text={preBrief.meetingPlan} />
                </Section>
              </>
            ) : (
              <Text size="sm">{t('review.noPreBrief')}</Text>
            )}
          </Stack>
        </Card>
        <Card withBorder component="section" aria-labelledby="post-brief-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="post-brief-heading">
              {t('review.postBrief')}
            </Title>
            {postBrief ? (
              <>
                <Section title={t('review.findings')}>
                  <Paragraph text={postBrief.findings} />
                </Section>
                <Section title={t('review.goodPoints')}>
                  <Paragraph text={postBrief.goodPoints} />
                </Section>
                <Section title={t('review.improvementAreas')}>
                  <Paragraph text={postBrief.improvementAreas} />
                </Section>
                <Section title={t('review.improvementPlan')}>
                  <Paragraph text={postBrief.improvementPlan} />
                </Section>
                <Section title={t('review.nextHearingItems')}>
                  <Items items={postBrief.nextHearingItems} />
                </Section>
              </>
            ) : (
              <Text size="sm">{t('review.noPostBrief')}</Text>
            )}
          </Stack>
        </Card>
      </SimpleGrid>

      <Card withBorder component="section" aria-labelledby="hypotheses-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="hypotheses-heading">
            {t('review.hypotheses')}
          </Title>
          {visit.hypotheses.length === 0 && <Text size="sm">{t('review.none')}</Text>}
          {visit.hypotheses.map((hypothesis) => (
            <Stack key={hypothesis.id} gap={2}>
              <Group gap="xs">
                <Badge c="dark.7" variant="outline" size="sm">
                  {t(`review.hypothesisKind.${hypothesis.kind}`)}
                </Badge>
                {hypothesis.verdict ? (
                  <Badge c="dark.7" variant="light" color={VERDICT_COLOR[hypothesis.verdict]} size="sm">
                    {t(`review.verdict.${hypothesis.verdict}`)}
                  </Badge>
                ) : (
                  <Badge color="gray" size="sm">
                    {t('review.unverified')}
                  </Badge>
                )}
              </Group>
              <Text size="sm">{hypothesis.statement}</Text>
              {hypothesis.verdictNote && (
                <Text size="sm" c="dimmed">
                  {hypothesis.verdictNote}
                </Text>
              )}
            </Stack>
          ))}
        </Stack>
      </Card>

      {visit.nextActions.length > 0 && (
        <Card withBorder component="section" aria-labelledby="next-actions-heading">
          <Stack gap="xs">
            <Title order={2} size="h4" id="next-actions-heading">
              {t('review.nextActions')}
            </Title>
            <List size="sm">
              {visit.nextActions.map((action) => (
                <List.Item key={action.id}>
                  {action.description}
                  {' — '}
                  {action.owner?.displayName}
                  {action.dueOn ? ` (${t('review.dueOn', { date: action.dueOn })})` : ''}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Card>
      )}

      {visit.feedback ? (
        <Card withBorder component="section" aria-labelledby="feedback-heading">
          <Stack gap="xs">
            <Title order={2} size="h4" id="feedback-heading">
              {t('review.feedbackGiven')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('review.feedbackBy', {
                name: visit.feedback.mentor?.displayName ?? '',
                date: formatDateTime(visit.feedback.createdAt, i18n.language),
              })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {visit.feedback.comment}
            </Text>
          </Stack>
        </Card>
      ) : visit.status === 'POST_BRIEFED' ? (
        framework.data?.program.framework ? (
          <FeedbackForm
            visitId={visit.id}
            stepsPractised={visit.stepsPractised}
            framework={framework.data.program.framework}
          />
        ) : framework.error ? (
          <Alert color="red" title={t('common:error.title')}>
            {framework.error.message}
          </Alert>
        ) : (
          <Loader size="sm" aria-label={t('common:loading')} />
        )
      ) : (
        <Alert color="gray">{t('review.notReady')}</Alert>
      )}
    </Stack>
  );
}
