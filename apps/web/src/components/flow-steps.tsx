import type { ReactNode } from 'react';
import { Group, ScrollArea, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { CheckIcon } from './icons';

export interface FlowStep {
  key: string;
  label: string;
}

interface FlowStepsProps {
  steps: FlowStep[];
  /** Index of the step the record has reached */
  reached: number;
  /** Index of the step shown */
  selected: number;
  onSelect: (index: number) => void;
  label: string;
}

/**
 * A stepper that fits a phone: one horizontally scrollable row, done steps ticked, the shown one marked as the
 * current step for screen readers. Steps beyond the one reached cannot be opened.
 */
export function FlowSteps({ steps, reached, selected, onSelect, label }: FlowStepsProps): ReactNode {
  return (
    <ScrollArea type="auto" offsetScrollbars scrollbarSize={4}>
      <nav aria-label={label}>
        <Group component="ol" gap={6} wrap="nowrap" p={0} m={0} style={{ listStyle: 'none' }}>
          {steps.map((step, index) => {
            const done = index < reached;
            const current = index === selected;
            return (
              <li key={step.key}>
                <UnstyledButton
                  onClick={() => onSelect(index)}
                  disabled={index > reached}
                  aria-current={current ? 'step' : undefined}
                  data-testid={`flow-step-${step.key}`}
                  px={8}
                  py={6}
                  style={{
                    borderRadius: 8,
                    border: `1px solid var(--mantine-color-${current ? 'indigo-7' : 'gray-3'})`,
                    background: current ? 'var(--mantine-color-indigo-0)' : undefined,
                    opacity: index > reached ? 0.6 : 1,
                  }}
                >
                  <Group gap={6} wrap="nowrap">
                    <ThemeIcon size={22} radius="xl" color={done ? 'teal.8' : current ? 'indigo.8' : 'gray.6'}>
                      {done ? <CheckIcon /> : <Text size="xs">{index + 1}</Text>}
                    </ThemeIcon>
                    <Text size="sm" fw={current ? 700 : 500} style={{ whiteSpace: 'nowrap' }}>
                      {step.label}
                    </Text>
                  </Group>
                </UnstyledButton>
              </li>
            );
          })}
        </Group>
      </nav>
    </ScrollArea>
  );
}
