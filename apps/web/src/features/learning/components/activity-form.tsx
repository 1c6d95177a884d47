import { useState, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ActivityFormOptionsQuery, LearningActivityFieldsFragment } from '../../../gql/graphql';
import { fromLocalInput, toLocalInput } from '../calendar';
import { AIDA_STAGES, KINDS, isSelfPaced, type Aida, type Kind } from './labels';

type Framework = NonNullable<ActivityFormOptionsQuery['program']['framework']>;

export interface ActivityFormValues {
  kind: Kind;
  title: string;
  description: string;
  aidaStage: Aida;
  startsAt: string;
  endsAt: string;
  location: string;
  onlineUrl: string;
  capacity: number | string;
  required: boolean;
  behaviourIds: string[];
  instructorName: string;
}

/** The api's input fields from the form (empty text → null, datetime-local → ISO). */
export function toActivityInput(values: ActivityFormValues) {
  const text = (value: string): string | null => (value.trim() ? value.trim() : null);
  const selfPaced = isSelfPaced(values.kind);
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    aidaStage: values.aidaStage,
    startsAt: fromLocalInput(values.startsAt),
    endsAt: fromLocalInput(values.endsAt),
    location: selfPaced ? null : text(values.location),
    onlineUrl: text(values.onlineUrl),
    capacity: selfPaced || values.capacity === '' ? null : Number(values.capacity),
    required: values.required,
    behaviourIds: values.behaviourIds,
    instructorName: text(values.instructorName),
  };
}

function initialValues(activity?: LearningActivityFieldsFragment): ActivityFormValues {
  if (!activity) {
    const start = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    start.setHours(13, 30, 0, 0);
    const end = new Date(start.getTime() + 3 * 3600 * 1000);
    return {
      kind: 'LECTURE',
      title: '',
      description: '',
      aidaStage: 'INTEREST',
      startsAt: toLocalInput(start.toISOString()),
      endsAt: toLocalInput(end.toISOString()),
      location: '',
      onlineUrl: '',
      capacity: '',
      required: false,
      behaviourIds: [],
      instructorName: '',
    };
  }
  return {
    kind: activity.kind,
    title: activity.title,
    description: activity.description,
    aidaStage: activity.aidaStage,
    startsAt: toLocalInput(activity.startsAt),
    endsAt: toLocalInput(activity.endsAt),
    location: activity.location ?? '',
    onlineUrl: activity.onlineUrl ?? '',
    capacity: activity.capacity ?? '',
    required: activity.required,
    behaviourIds: activity.behaviourIds,
    instructorName: activity.instructorName ?? '',
  };
}

interface ActivityFormProps {
  framework: Framework | null | undefined;
  activity?: LearningActivityFieldsFragment;
  submitLabel: string;
  /** Resolves to field errors (keyed like the form) and/or a message; nothing when saved */
  onSubmit: (
    values: ActivityFormValues,
  ) => Promise<{ fields?: Record<string, string>; message?: string | null } | void>;
  onCancel: () => void;
}

/** Create or edit an activity: every field of the api, targeted behaviours from the program's framework. */
export function ActivityForm({ framework, activity, submitLabel, onSubmit, onCancel }: ActivityFormProps): ReactNode {
  const { t } = useTranslation('learning');
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<ActivityFormValues>({
    initialValues: initialValues(activity),
    validate: {
      title: (value) => (value.trim() ? null : t('form.errors.title')),
      startsAt: (value, values) => (!isSelfPaced(values.kind) && !value ? t('form.errors.startsAt') : null),
      endsAt: (value, values) => {
        if (!isSelfPaced(values.kind) && !value) return t('form.errors.endsAt');
        if (value && values.startsAt && new Date(value) <= new Date(values.startsAt))
          return t('form.errors.endsBeforeStart');
        return null;
      },
      capacity: (value) =>
        value === '' || (Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 10000)
          ? null
          : t('form.errors.capacity'),
      onlineUrl: (value) => (!value.trim() || /^https?:\/\/\S+$/.test(value.trim()) ? null : t('form.errors.url')),
    },
  });
  const selfPaced = isSelfPaced(form.values.kind);
  const behaviourGroups = framework
    ? [
        ...framework.steps.map((step) => ({
          group: `${step.code} ${step.title}`,
          items: step.behaviours.map((behaviour) => ({
            value: behaviour.id,
            label: `${behaviour.code} ${behaviour.name}`,
          })),
        })),
        {
          group: t('form.crossCutting'),
          items: framework.crossCuttingBehaviours.map((behaviour) => ({
            value: behaviour.id,
            label: `${behaviour.code} ${behaviour.name}`,
          })),
        },
      ].filter((group) => group.items.length > 0)
    : [];

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    setSaving(true);
    const outcome = await onSubmit(values);
    setSaving(false);
    if (outcome?.fields) form.setErrors(outcome.fields);
    if (outcome?.message) setFailure(outcome.message);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {failure && (
          <Alert color="red" role="alert" data-testid="form-error">
            {failure}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('form.kind')}
            data={KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
            allowDeselect={false}
            disabled={!!activity}
            {...form.getInputProps('kind')}
          />
          <Select
            label={t('form.aidaStage')}
            description={t('form.aidaHelp')}
            data={AIDA_STAGES.map((stage) => ({ value: stage, label: t(`aida.${stage}`) }))}
            allowDeselect={false}
            {...form.getInputProps('aidaStage')}
          />
        </SimpleGrid>
        <TextInput label={t('form.title')} required {...form.getInputProps('title')} />
        <Textarea label={t('form.description')} autosize minRows={3} {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={selfPaced ? t('form.availableFrom') : t('form.startsAt')}
            required={!selfPaced}
            {...form.getInputProps('startsAt')}
          />
          <TextInput
            type="datetime-local"
            label={selfPaced ? t('form.dueAt') : t('form.endsAt')}
            required={!selfPaced}
            {...form.getInputProps('endsAt')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {!selfPaced && <TextInput label={t('form.location')} {...form.getInputProps('location')} />}
          <TextInput
            label={selfPaced ? t('form.materialUrl') : t('form.onlineUrl')}
            type="url"
            placeholder="https://"
            {...form.getInputProps('onlineUrl')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {!selfPaced && (
            <NumberInput
              label={t('form.capacity')}
              description={t('form.capacityHelp')}
              min={1}
              max={10000}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('capacity')}
            />
          )}
          <TextInput label={t('form.instructorName')} {...form.getInputProps('instructorName')} />
        </SimpleGrid>
        <MultiSelect
          label={t('form.behaviours')}
          description={t('form.behavioursHelp')}
          data={behaviourGroups}
          searchable
          clearable
          hidePickedOptions
          {...form.getInputProps('behaviourIds')}
        />
        <Switch label={t('form.required')} {...form.getInputProps('required', { type: 'checkbox' })} />
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('form.back')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
