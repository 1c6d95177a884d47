import type { ReactNode } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';

export type Amount = number | string;

/**
 * A whole-number field ('' = empty). A plain numeric TextInput rather than Mantine's NumberInput, which the
 * trainee's first route would then load as a chunk shared with this feature.
 */
export function NumberField({
  value,
  onChange,
  min,
  max,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'min' | 'max'> & {
  value: Amount;
  onChange: (value: Amount) => void;
  min: number;
  max: number;
}): ReactNode {
  return (
    <TextInput
      {...props}
      type="number"
      inputMode="numeric"
      step={1}
      min={min}
      max={max}
      value={value === '' ? '' : String(value)}
      onChange={(event) => {
        const text = event.currentTarget.value;
        onChange(text === '' ? '' : Number(text));
      }}
    />
  );
}
