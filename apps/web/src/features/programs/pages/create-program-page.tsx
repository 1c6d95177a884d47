import { useState } from 'react';
import { Alert, Button, Card, Group, Select, Stack, Title } from '@mantine/core';
import { notifySuccess } from '../../../lib/notify';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { CreateProgramDocument, OperatorChoicesDocument } from '../documents';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { isErrorResult } from '../../../lib/error-result';
import { ProgramFields } from '../components/program-fields';
import { type ProgramProblems, type ProgramValues, validateProgram } from '../components/program-form';

/** Admins start a program in DRAFT: details, operator organisation, competency framework version. */
export function CreateProgramPage() {
  const { t } = useTranslation('programs');
  const navigate = useNavigate();
  const [choices] = useQuery({ query: OperatorChoicesDocument });
  const [values, setValues] = useState<ProgramValues>({
    name: '',
    fiscalYear: String(new Date().getMonth() < 3 ? new Date().getFullYear() - 1 : new Date().getFullYear()),
    region: '',
    startsOn: '',
    endsOn: '',
  });
  const [operatorId, setOperatorId] = useState<string | null>(null);
  const [frameworkId, setFrameworkId] = useState<string | null>(null);
  const [clientErrors, setClientErrors] = useState<ProgramProblems & { operatorOrganizationId?: string }>({});
  const [resultError, setResultError] = useState<string | null>(null);
  const [{ fetching, error }, create] = useMutation(CreateProgramDocument);
  const serverFields = fieldErrors(error);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setResultError(null);
    const problems: ProgramProblems & { operatorOrganizationId?: string } = validateProgram(values, t);
    if (!operatorId) problems.operatorOrganizationId = t('common:validation.required');
    setClientErrors(problems);
    if (Object.keys(problems).length || !operatorId) return;
    const result = await create({
      input: {
        name: values.name.trim(),
        fiscalYear: Number(values.fiscalYear),
        region: values.region.trim(),
        startsOn: values.startsOn,
        endsOn: values.endsOn,
        operatorOrganizationId: operatorId,
        frameworkId: frameworkId ?? undefined,
      },
    });
    const outcome = result.data?.createProgram;
    if (isErrorResult(outcome)) setResultError(outcome.message);
    else if (outcome?.__typename === 'Program') {
      notifySuccess(t('create.created'));
      void navigate(`/programs/${outcome.id}`);
    }
  }

  const general = resultError ?? errorMessage(error, t('common:error.network'));
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t('create.title')}</Title>
      <Card withBorder>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="sm">
            <ProgramFields values={values} onChange={setValues} errors={{ ...serverFields, ...clientErrors }} />
            <Select
              label={t('form.operator')}
              description={t('form.operatorHint')}
              required
              searchable
              data={(choices.data?.organizations.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }))}
              value={operatorId}
              onChange={setOperatorId}
              error={clientErrors.operatorOrganizationId ?? serverFields.operatorOrganizationId}
            />
            <Select
              label={t('form.framework')}
              description={t('form.frameworkHint')}
              clearable
              data={(choices.data?.competencyFrameworks.edges ?? []).map(({ node }) => ({
                value: node.id,
                label: t('form.frameworkOption', { name: node.name, version: node.version }),
              }))}
              value={frameworkId}
              onChange={setFrameworkId}
              error={serverFields.frameworkId}
            />
            {choices.error && (
              <Alert color="red" title={t('common:error.title')}>
                {choices.error.message}
              </Alert>
            )}
            {general && (
              <Alert color="red" role="alert">
                {general}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={fetching}>
                {t('create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
