import { useState, type ReactNode } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Chip,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { isErrorResult } from '../../../lib/error-result';
import { notifySuccess } from '../../../lib/notify';
import type {
  CaseMilestoneKind,
  CertificationCriteriaInput,
  LearningActivityKind,
  SupportStep,
} from '../../../gql/graphql';
import { UpdateCertificationRuleDocument } from '../documents';
import { NumberField, type Amount } from './number-field';
import type { ProgramCertification } from '../pages/certification-admin-page';
import { NAMESPACE } from '../translations';

type Rule = ProgramCertification['certificationRules'][number];
type Framework = NonNullable<ProgramCertification['program']['framework']>;

const LEVEL = { min: 0, max: 4 };
const MAX_COUNT = 100;
const SUPPORT_STEPS: SupportStep[] = ['STEP0', 'STEP1', 'STEP2', 'STEP3'];
const MILESTONES: CaseMilestoneKind[] = ['FOLLOW_UP_STARTED', 'JOB_OPENING_CREATED', 'MATCHED', 'CLOSED', 'DROPPED'];
const ACTIVITY_KINDS: LearningActivityKind[] = [
  'KICKOFF',
  'LECTURE',
  'WORKSHOP',
  'ROLE_PLAY',
  'CASE_STUDY',
  'DEMO_SEMINAR',
  'FIELDWORK',
  'ELEARNING',
  'HANDBOOK',
];

interface RuleForm {
  validityMonths: Amount;
  autoIssue: boolean;
  steps: Record<string, Amount>;
  behaviours: { behaviourCode: string | null; minLevel: Amount }[];
  allBehaviours: Amount;
  minVisitsWithFeedback: Amount;
  minVisitsLed: Amount;
  minVisitsAsSecondMentor: Amount;
  requiredActivitiesDone: boolean;
  requireActiveSupporter: boolean;
  caseOn: boolean;
  caseStep: SupportStep | null;
  caseMilestone: CaseMilestoneKind | null;
  caseTalent: boolean;
  prepMin: Amount;
  prepKinds: LearningActivityKind[];
}

const amount = (value: number | null | undefined): Amount => value ?? '';
const numberOrNull = (value: Amount): number | null => (value === '' ? null : Number(value));

function formOf(rule: Rule): RuleForm {
  const c = rule.criteria;
  return {
    validityMonths: rule.validityMonths,
    autoIssue: rule.autoIssue,
    steps: Object.fromEntries(c.minLevelForSteps.map((step) => [step.stepCode, step.minLevel])),
    behaviours: c.minLevelForBehaviours.map((b) => ({ behaviourCode: b.behaviourCode, minLevel: b.minLevel })),
    allBehaviours: amount(c.minLevelForAllBehaviours),
    minVisitsWithFeedback: amount(c.minVisitsWithFeedback),
    minVisitsLed: amount(c.minVisitsLed),
    minVisitsAsSecondMentor: amount(c.minVisitsAsSecondMentor),
    requiredActivitiesDone: c.requiredActivitiesDone,
    requireActiveSupporter: c.requireActiveSupporter,
    caseOn: !!c.caseReached,
    caseStep: c.caseReached?.step ?? null,
    caseMilestone: c.caseReached?.milestone ?? null,
    caseTalent: c.caseReached?.requireTalentRequirement ?? false,
    prepMin: amount(c.mentorPreparation?.minActivities),
    prepKinds: c.mentorPreparation?.kinds ?? [],
  };
}

/** The rule editors, one per kind (SUPPORTER first). */
export function RulesEditor({ data, onChanged }: { data: ProgramCertification; onChanged: () => void }): ReactNode {
  const { t } = useTranslation(NAMESPACE);
  const framework = data.program.framework;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('rules.intro')}
      </Text>
      {data.program.status === 'CLOSED' && <Alert color="gray">{t('rules.closed')}</Alert>}
      {framework &&
        data.certificationRules.map((rule) => (
          <RuleEditor
            key={`${rule.id}:${rule.updatedAt}`}
            rule={rule}
            framework={framework}
            programId={data.program.id}
            disabled={data.program.status === 'CLOSED'}
            onSaved={onChanged}
          />
        ))}
    </Stack>
  );
}

function RuleEditor({
  rule,
  framework,
  programId,
  disabled,
  onSaved,
}: {
  rule: Rule;
  framework: Framework;
  programId: string;
  disabled: boolean;
  onSaved: () => void;
}): ReactNode {
  const { t } = useTranslation(NAMESPACE);
  const [form, setForm] = useState<RuleForm>(() => formOf(rule));
  const [refused, setRefused] = useState<string | null>(null);
  const [sentSteps, setSentSteps] = useState<string[]>([]);
  const [{ fetching, error }, update] = useMutation(UpdateCertificationRuleDocument);
  const server = fieldErrors(error);
  const set = <K extends keyof RuleForm>(key: K, value: RuleForm[K]) => setForm((old) => ({ ...old, [key]: value }));
  const kindName = t(`kind.${rule.kind}`);
  const behaviours = [...framework.steps.flatMap((step) => step.behaviours), ...framework.crossCuttingBehaviours].map(
    (behaviour) => ({ value: behaviour.code, label: `${behaviour.code} ${behaviour.name}` }),
  );
  const id = (name: string) => `${rule.kind}-${name}`;
  const stepError = (code: string) => {
    const index = sentSteps.indexOf(code);
    return index < 0
      ? undefined
      : (server[`criteria.minLevelForSteps.${index}.minLevel`] ??
          server[`criteria.minLevelForSteps.${index}.stepCode`]);
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setRefused(null);
    const steps = framework.steps.map((step) => step.code).filter((code) => (form.steps[code] ?? '') !== '');
    setSentSteps(steps);
    const criteria: CertificationCriteriaInput = {
      minLevelForSteps: steps.map((stepCode) => ({ stepCode, minLevel: Number(form.steps[stepCode]) })),
      minLevelForBehaviours: form.behaviours.map((row) => ({
        behaviourCode: row.behaviourCode ?? '',
        minLevel: Number(row.minLevel === '' ? -1 : row.minLevel),
      })),
      minLevelForAllBehaviours: numberOrNull(form.allBehaviours),
      minVisitsWithFeedback: numberOrNull(form.minVisitsWithFeedback),
      minVisitsLed: numberOrNull(form.minVisitsLed),
      minVisitsAsSecondMentor: numberOrNull(form.minVisitsAsSecondMentor),
      requiredActivitiesDone: form.requiredActivitiesDone,
      requireActiveSupporter: form.requireActiveSupporter,
      caseReached: form.caseOn
        ? { step: form.caseStep, milestone: form.caseMilestone, requireTalentRequirement: form.caseTalent }
        : null,
      mentorPreparation: form.prepMin === '' ? null : { minActivities: Number(form.prepMin), kinds: form.prepKinds },
    };
    const result = await update({
      input: {
        programId,
        kind: rule.kind,
        validityMonths: Number(form.validityMonths === '' ? 0 : form.validityMonths),
        autoIssue: form.autoIssue,
        criteria,
      },
    });
    const outcome = result.data?.updateCertificationRule;
    if (isErrorResult(outcome)) {
      setRefused(outcome.message);
      return;
    }
    if (outcome) {
      notifySuccess(t('rules.saved', { kind: kindName }));
      onSaved();
    }
  }

  const general = refused ?? errorMessage(error, t('common:error.network'));
  const count = (name: 'minVisitsWithFeedback' | 'minVisitsLed' | 'minVisitsAsSecondMentor') => (
    <NumberField
      id={id(name)}
      label={t(`rules.${name}`)}
      value={form[name]}
      onChange={(value) => set(name, value)}
      min={0}
      max={MAX_COUNT}
      error={server[`criteria.${name}`]}
    />
  );

  return (
    <Card withBorder component="section" aria-labelledby={id('heading')} data-testid={`rule-${rule.kind}`}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset disabled={disabled} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="md">
            <Title order={2} size="h3" id={id('heading')}>
              {kindName}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberField
                label={t('rules.validityMonths')}
                value={form.validityMonths}
                onChange={(value) => set('validityMonths', value)}
                min={1}
                max={120}
                required
                error={server.validityMonths}
              />
              <Chip mt={{ sm: 28 }} checked={form.autoIssue} onChange={(checked) => set('autoIssue', checked)}>
                {t('rules.autoIssue')}
              </Chip>
            </SimpleGrid>
            <Fieldset legend={t('rules.stepLevels')}>
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                {framework.steps.map((step) => (
                  <NumberField
                    key={step.code}
                    label={t('rules.stepLevel', { step: step.code })}
                    value={form.steps[step.code] ?? ''}
                    onChange={(value) => set('steps', { ...form.steps, [step.code]: value })}
                    min={LEVEL.min}
                    max={LEVEL.max}
                    error={stepError(step.code)}
                  />
                ))}
              </SimpleGrid>
              <NumberField
                mt="sm"
                label={t('rules.allBehaviours')}
                value={form.allBehaviours}
                onChange={(value) => set('allBehaviours', value)}
                min={LEVEL.min}
                max={LEVEL.max}
                error={server['criteria.minLevelForAllBehaviours']}
                maw={320}
              />
            </Fieldset>
            <Fieldset legend={t('rules.behaviourLevels')}>
              <Stack gap="xs">
                {form.behaviours.map((row, index) => (
                  <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
                    <Select
                      style={{ flex: 1 }}
                      label={t('rules.behaviour')}
                      data={behaviours}
                      value={row.behaviourCode}
                      searchable
                      onChange={(value) =>
                        set(
                          'behaviours',
                          form.behaviours.map((old, i) => (i === index ? { ...old, behaviourCode: value } : old)),
                        )
                      }
                      error={server[`criteria.minLevelForBehaviours.${index}.behaviourCode`]}
                    />
                    <NumberField
                      w={110}
                      label={t('rules.level')}
                      value={row.minLevel}
                      min={LEVEL.min}
                      max={LEVEL.max}
                      onChange={(value) =>
                        set(
                          'behaviours',
                          form.behaviours.map((old, i) => (i === index ? { ...old, minLevel: value } : old)),
                        )
                      }
                      error={server[`criteria.minLevelForBehaviours.${index}.minLevel`]}
                    />
                    <ActionIcon
                      mt={28}
                      variant="subtle"
                      color="red"
                      aria-label={`${t('rules.removeBehaviour')} ${row.behaviourCode ?? ''}`}
                      onClick={() =>
                        set(
                          'behaviours',
                          form.behaviours.filter((_, i) => i !== index),
                        )
                      }
                    >
                      <span aria-hidden="true">✕</span>
                    </ActionIcon>
                  </Group>
                ))}
                <div>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => set('behaviours', [...form.behaviours, { behaviourCode: null, minLevel: 3 }])}
                  >
                    {t('rules.addBehaviour')}
                  </Button>
                </div>
              </Stack>
            </Fieldset>
            <Fieldset legend={t('rules.visits')}>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                {count('minVisitsWithFeedback')}
                {count('minVisitsLed')}
                {count('minVisitsAsSecondMentor')}
              </SimpleGrid>
            </Fieldset>
            <Stack gap="xs">
              <Chip
                checked={form.requiredActivitiesDone}
                onChange={(checked) => set('requiredActivitiesDone', checked)}
              >
                {t('rules.requiredActivitiesDone')}
              </Chip>
              <Chip
                checked={form.requireActiveSupporter}
                onChange={(checked) => set('requireActiveSupporter', checked)}
              >
                {t('rules.requireActiveSupporter')}
              </Chip>
            </Stack>
            <Fieldset
              legend={
                <Chip checked={form.caseOn} onChange={(checked) => set('caseOn', checked)}>
                  {t('rules.caseReached')}
                </Chip>
              }
            >
              {form.caseOn && (
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Select
                    label={t('rules.caseStep')}
                    data={SUPPORT_STEPS}
                    value={form.caseStep}
                    onChange={(value) => set('caseStep', value as SupportStep | null)}
                    placeholder={t('rules.none')}
                    clearable
                    error={server['criteria.caseReached.step']}
                  />
                  <Select
                    label={t('rules.caseMilestone')}
                    data={MILESTONES.map((value) => ({ value, label: t(`rules.milestone.${value}`) }))}
                    value={form.caseMilestone}
                    onChange={(value) => set('caseMilestone', value as CaseMilestoneKind | null)}
                    placeholder={t('rules.none')}
                    clearable
                    error={server['criteria.caseReached.milestone'] ?? server['criteria.caseReached']}
                  />
                  <Chip mt={{ sm: 32 }} checked={form.caseTalent} onChange={(checked) => set('caseTalent', checked)}>
                    {t('rules.requireTalentRequirement')}
                  </Chip>
                </SimpleGrid>
              )}
            </Fieldset>
            <Fieldset legend={t('rules.mentorPreparation')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberField
                  label={t('rules.minActivities')}
                  value={form.prepMin}
                  onChange={(value) => set('prepMin', value)}
                  min={1}
                  max={MAX_COUNT}
                  error={server['criteria.mentorPreparation.minActivities']}
                />
                <MultiSelect
                  label={t('rules.activityKinds')}
                  data={ACTIVITY_KINDS.map((value) => ({ value, label: t(`rules.activityKind.${value}`) }))}
                  value={form.prepKinds}
                  onChange={(value) => set('prepKinds', value as LearningActivityKind[])}
                  error={server['criteria.mentorPreparation.kinds']}
                />
              </SimpleGrid>
            </Fieldset>
            {general && (
              <Alert color="red" role="alert">
                {general}
              </Alert>
            )}
            <div>
              <Button type="submit" loading={fetching} disabled={disabled}>
                {t('rules.save', { kind: kindName })}
              </Button>
            </div>
          </Stack>
        </fieldset>
      </form>
    </Card>
  );
}
