import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, List, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifySuccess } from '../../../lib/notify';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import type { ProgramFrameworkQuery, SupportStep } from '../../../gql/graphql';
import { GiveVisitFeedbackDocument } from '../documents';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { isErrorResult } from '../../../lib/error-result';

type Framework = NonNullable<ProgramFrameworkQuery['program']['framework']>;

/** API limits (GiveVisitFeedbackInput, BehaviourRatingInput). */
export const FEEDBACK_COMMENT_MAX = 4000;
export const RATING_COMMENT_MAX = 2000;
const NOT_RATED = '';

interface Rating {
  level: string;
  comment: string;
}

/** A rating form per behaviour (0–4, the scale's descriptions beside it) and the mentor's comment. */
export function FeedbackForm({
  visitId,
  stepsPractised,
  framework,
}: {
  visitId: string;
  stepsPractised: readonly SupportStep[];
  framework: Framework;
}) {
  const { t } = useTranslation('mentor');
  const navigate = useNavigate();
  const [comment, setComment] = useState('');
  const [ratings, setRatings] = useState<Partial<Record<string, Rating>>>({});
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [resultError, setResultError] = useState<string | null>(null);
  const [{ fetching, error }, give] = useMutation(GiveVisitFeedbackDocument);

  const groups = [
    ...framework.steps.map((step) => ({
      key: step.id,
      title: `${step.code} ${step.title}`,
      practised: stepsPractised.includes(step.code as SupportStep),
      behaviours: step.behaviours,
    })),
    {
      key: 'cross-cutting',
      title: t('feedback.crossCutting'),
      practised: false,
      behaviours: framework.crossCuttingBehaviours,
    },
  ].sort((a, b) => Number(b.practised) - Number(a.practised));
  const behaviourOrder = groups.flatMap((group) => group.behaviours.map((behaviour) => behaviour.id));
  const rated = behaviourOrder.filter((id) => ratings[id]?.level);

  const serverErrors = fieldErrors(error);
  const ratingError = (behaviourId: string, key: 'level' | 'comment'): string | undefined => {
    const index = rated.indexOf(behaviourId);
    return clientErrors[`${behaviourId}.${key}`] ?? (index >= 0 ? serverErrors[`ratings.${index}.${key}`] : undefined);
  };

  function update(behaviourId: string, patch: Partial<Rating>) {
    setRatings((current) => ({
      ...current,
      [behaviourId]: { ...(current[behaviourId] ?? { level: NOT_RATED, comment: '' }), ...patch },
    }));
  }

  function validate(): Record<string, string> {
    const problems: Record<string, string> = {};
    if (!comment.trim()) problems.comment = t('common:validation.required');
    else if (comment.length > FEEDBACK_COMMENT_MAX)
      problems.comment = t('common:validation.maxLength', { max: FEEDBACK_COMMENT_MAX });
    for (const id of rated) {
      if ((ratings[id]?.comment.length ?? 0) > RATING_COMMENT_MAX) {
        problems[`${id}.comment`] = t('common:validation.maxLength', { max: RATING_COMMENT_MAX });
      }
    }
    return problems;
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setResultError(null);
    const problems = validate();
    setClientErrors(problems);
    if (Object.keys(problems).length) return;
    const result = await give({
      input: {
        visitId,
        comment: comment.trim(),
        ratings: rated.map((behaviourId) => ({
          behaviourId,
          level: Number(ratings[behaviourId]?.level),
          comment: ratings[behaviourId]?.comment.trim() || undefined,
        })),
      },
    });
    const outcome = result.data?.giveVisitFeedback;
    if (isErrorResult(outcome)) {
      setResultError(outcome.message);
      return;
    }
    if (outcome) {
      notifySuccess(t('feedback.saved'));
      void navigate('/mentor');
    }
  }

  const formError = resultError ?? errorMessage(error, t('common:error.network'));
  return (
    <Card withBorder component="section" aria-labelledby="feedback-form-heading">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="feedback-form-heading">
            {t('feedback.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('feedback.intro')}
          </Text>
          <Text size="sm" fw={600}>
            {t('feedback.scale')}
          </Text>
          <List size="xs" spacing={2}>
            {framework.scale.map((level) => (
              <List.Item key={level.level}>
                <b>
                  {level.level} {level.label}
                </b>
                {': '}
                {level.meaning}
              </List.Item>
            ))}
          </List>
          {groups.map((group) => (
            <Stack key={group.key} gap="sm">
              <Group gap="xs">
                <Title order={3} size="h5">
                  {group.title}
                </Title>
                {group.practised && (
                  <Badge c="dark.7" size="sm" variant="light">
                    {t('feedback.practised')}
                  </Badge>
                )}
              </Group>
              {group.behaviours.map((behaviour) => {
                const rating = ratings[behaviour.id];
                const chosen = framework.scale.find((level) => String(level.level) === rating?.level);
                return (
                  <Card key={behaviour.id} withBorder padding="sm">
                    <Stack gap="xs">
                      <Radio.Group
                        label={`${behaviour.code} ${behaviour.name}`}
                        description={behaviour.description}
                        value={rating?.level ?? NOT_RATED}
                        onChange={(level) => update(behaviour.id, { level })}
                        error={ratingError(behaviour.id, 'level')}
                      >
                        <Group gap="sm" mt="xs" wrap="wrap">
                          <Radio value={NOT_RATED} label={t('feedback.notRated')} />
                          {framework.scale.map((level) => (
                            <Radio
                              key={level.level}
                              value={String(level.level)}
                              label={`${level.level} ${level.label}`}
                            />
                          ))}
                        </Group>
                      </Radio.Group>
                      {chosen && (
                        <Text size="xs" c="dimmed">
                          {chosen.meaning}
                        </Text>
                      )}
                      {rating?.level && (
                        <TextInput
                          label={t('feedback.ratingComment', { behaviour: behaviour.name })}
                          value={rating.comment}
                          maxLength={RATING_COMMENT_MAX}
                          onChange={(event) => update(behaviour.id, { comment: event.currentTarget.value })}
                          error={ratingError(behaviour.id, 'comment')}
                        />
                      )}
                    </Stack>
                  </Card>
                );
              })}
            </Stack>
          ))}
          <Textarea
            label={t('feedback.comment')}
            description={t('feedback.commentHint', { max: FEEDBACK_COMMENT_MAX })}
            required
            autosize
            minRows={4}
            value={comment}
            onChange={(event) => {
              setComment(event.currentTarget.value);
              setClientErrors(({ comment: _cleared, ...rest }) => rest);
            }}
            error={clientErrors.comment ?? serverErrors.comment}
          />
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <Group justify="space-between">
            <Text size="sm">{t('feedback.ratedCount', { count: rated.length })}</Text>
            <Button type="submit" loading={fetching}>
              {t('feedback.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
