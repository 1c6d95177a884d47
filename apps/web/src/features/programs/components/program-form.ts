/** Limits of CreateProgramInput / UpdateProgramInput, checked before the API sees them. */
export const PROGRAM_LIMITS = { nameMax: 200, regionMax: 100, fiscalYearMin: 2000, fiscalYearMax: 2100 } as const;

export interface ProgramValues {
  name: string;
  fiscalYear: string;
  region: string;
  startsOn: string;
  endsOn: string;
}

export type ProgramProblems = Partial<Record<keyof ProgramValues, string>>;

type Translate = (key: string, options?: Record<string, unknown>) => string;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateProgram(values: ProgramValues, t: Translate): ProgramProblems {
  const problems: ProgramProblems = {};
  if (!values.name.trim()) problems.name = t('common:validation.required');
  else if (values.name.length > PROGRAM_LIMITS.nameMax)
    problems.name = t('common:validation.maxLength', { max: PROGRAM_LIMITS.nameMax });
  const year = Number(values.fiscalYear);
  if (!values.fiscalYear.trim()) problems.fiscalYear = t('common:validation.required');
  else if (!Number.isInteger(year) || year < PROGRAM_LIMITS.fiscalYearMin || year > PROGRAM_LIMITS.fiscalYearMax)
    problems.fiscalYear = t('common:validation.between', {
      min: PROGRAM_LIMITS.fiscalYearMin,
      max: PROGRAM_LIMITS.fiscalYearMax,
    });
  if (!values.region.trim()) problems.region = t('common:validation.required');
  else if (values.region.length > PROGRAM_LIMITS.regionMax)
    problems.region = t('common:validation.maxLength', { max: PROGRAM_LIMITS.regionMax });
  if (!DATE.test(values.startsOn)) problems.startsOn = t('common:validation.date');
  if (!DATE.test(values.endsOn)) problems.endsOn = t('common:validation.date');
  else if (!problems.startsOn && values.endsOn < values.startsOn) problems.endsOn = t('programs:form.endsBeforeStart');
  return problems;
}
