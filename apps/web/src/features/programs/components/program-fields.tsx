import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROGRAM_LIMITS, type ProgramProblems, type ProgramValues } from './program-form';

/** The fields a program is created and edited with. */
export function ProgramFields({
  values,
  onChange,
  errors,
}: {
  values: ProgramValues;
  onChange: (values: ProgramValues) => void;
  errors: ProgramProblems;
}) {
  const { t } = useTranslation('programs');
  const set = (key: keyof ProgramValues) => (event: React.ChangeEvent<HTMLInputElement>) =>
    onChange({ ...values, [key]: event.currentTarget.value });
  return (
    <>
      <TextInput
        label={t('form.name')}
        required
        maxLength={PROGRAM_LIMITS.nameMax}
        value={values.name}
        onChange={set('name')}
        error={errors.name}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('form.fiscalYear')}
          description={t('form.fiscalYearHint')}
          required
          inputMode="numeric"
          value={values.fiscalYear}
          onChange={set('fiscalYear')}
          error={errors.fiscalYear}
        />
        <TextInput
          label={t('form.region')}
          required
          maxLength={PROGRAM_LIMITS.regionMax}
          value={values.region}
          onChange={set('region')}
          error={errors.region}
        />
        <TextInput
          type="date"
          label={t('form.startsOn')}
          required
          value={values.startsOn}
          onChange={set('startsOn')}
          error={errors.startsOn}
        />
        <TextInput
          type="date"
          label={t('form.endsOn')}
          required
          value={values.endsOn}
          onChange={set('endsOn')}
          error={errors.endsOn}
        />
      </SimpleGrid>
    </>
  );
}
