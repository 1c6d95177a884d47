import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifySuccess } from '../../../lib/notify';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ActivateProgramDocument, CloseProgramDocument, UpdateProgramDocument } from '../documents';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { isErrorResult } from '../../../lib/error-result';
import { ProgramFields } from './program-fields';
import { type ProgramProblems, type ProgramValues, validateProgram } from './program-form';
import type { ProgramDetail } from '../pages/program-page';

/** Edit a program's details and move it DRAFT → ACTIVE → CLOSED. */
export function ProgramSettings({
  program,
  canManage,
  onChanged,
}: {
  program: ProgramDetail;
  canManage: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('programs');
  const [values, setValues] = useState<ProgramValues>({
    name: program.name,
    fiscalYear: String(program.fiscalYear),
    region: program.region,
    startsOn: program.startsOn,
    endsOn: program.endsOn,
  });
  const [clientErrors, setClientErrors] = useState<ProgramProblems>({});
  const [resultError, setResultError] = useState<string | null>(null);
  const [update, runUpdate] = useMutation(UpdateProgramDocument);
  const [activate, runActivate] = useMutation(ActivateProgramDocument);
  const [close, runClose] = useMutation(CloseProgramDocument);
  const serverFields = fieldErrors(update.error);
  const editable = canManage && program.status !== 'CLOSED';

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setResultError(null);
    const problems = validateProgram(values, t);
    setClientErrors(problems);
    if (Object.keys(problems).length) return;
    const result = await runUpdate({
      input: {
        programId: program.id,
        name: values.name.trim(),
        fiscalYear: Number(values.fiscalYear),
        region: values.region.trim(),
        startsOn: values.startsOn,
        endsOn: values.endsOn,
      },
    });
    const outcome = result.data?.updateProgram;
    if (isErrorResult(outcome)) setResultError(outcome.message);
    else if (outcome) {
      notifySuccess(t('settings.saved'));
      onChanged();
    }
  }

  async function move(target: 'activate' | 'close') {
    setResultError(null);
    if (target === 'close' && !window.confirm(t('settings.confirmClose'))) return;
    const result =
      target === 'activate'
        ? (await runActivate({ input: { programId: program.id } })).data?.activateProgram
        : (await runClose({ input: { programId: program.id } })).data?.closeProgram;
    if (isErrorResult(result)) setResultError(result.message);
    else if (result) {
      notifySuccess(t(`settings.${target}d`));
      onChanged();
    }
  }

  const general =
    resultError ??
    errorMessage(update.error, t('common:error.network')) ??
    errorMessage(activate.error ?? close.error, t('common:error.network'));
  return (
    <Stack gap="md">
      <Card withBorder component="section" aria-labelledby="program-edit-heading">
        <form onSubmit={(event) => void save(event)} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h4" id="program-edit-heading">
              {t('settings.editTitle')}
            </Title>
            <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0 }}>
              <Stack gap="sm">
                <ProgramFields values={values} onChange={setValues} errors={{ ...serverFields, ...clientErrors }} />
              </Stack>
            </fieldset>
            {editable && (
              <Group justify="flex-end">
                <Button type="submit" loading={update.fetching}>
                  {t('settings.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      </Card>
      {general && (
        <Alert color="red" role="alert">
          {general}
        </Alert>
      )}
      {canManage && (
        <Card withBorder component="section" aria-labelledby="program-lifecycle-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="program-lifecycle-heading">
              {t('settings.lifecycleTitle')}
            </Title>
            <Text size="sm">{t(`settings.lifecycle.${program.status}`)}</Text>
            <Group>
              {program.status === 'DRAFT' && (
                <Button loading={activate.fetching} onClick={() => void move('activate')}>
                  {t('settings.activate')}
                </Button>
              )}
              {program.status === 'ACTIVE' && (
                <Button color="red" variant="outline" loading={close.fetching} onClick={() => void move('close')}>
                  {t('settings.close')}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
