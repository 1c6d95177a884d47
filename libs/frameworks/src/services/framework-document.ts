import { LocalizedText } from '@banso/core';
import { BehaviourPhase } from '../frameworks.enums';

/**
 * The exchange format of a framework (`exportFramework` / `importFramework`), the same shape as
 * shared/domain/competency-framework.json, so a network can share its own framework.
 */
export interface FrameworkDocument {
  code: string;
  version: number;
  name: LocalizedText;
  source?: string;
  proficiencyScale: {
    proficientLevel: number;
    levels: { level: number; ja: string; en: string; meaning: string }[];
  };
  steps: StepDocument[];
  crossCuttingBehaviours: BehaviourDocument[];
}

export interface StepDocument {
  code: string;
  ordinal: number;
  title: LocalizedText;
  tasks: LocalizedText;
  practicePoints: { phase?: BehaviourPhase; ja: string; en: string }[];
  behaviours: BehaviourDocument[];
}

export interface BehaviourDocument {
  code: string;
  phase?: BehaviourPhase;
  ja: string;
  en: string;
  description: LocalizedText;
}

export const SCALE_LEVELS = [0, 1, 2, 3, 4];
export const MAX_DOCUMENT_LENGTH = 500_000;
const MAX_STEPS = 10;
const MAX_BEHAVIOURS = 50;
const MAX_PRACTICE_POINTS = 30;
const MAX_NAME = 200;
const MAX_TEXT = 2000;
const FRAMEWORK_CODE = /^[A-Z][A-Z0-9_]{1,59}$/;
const STEP_CODE = /^[A-Z][A-Z0-9_-]{0,19}$/;
export const BEHAVIOUR_CODE = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;
const PHASES: string[] = Object.values(BehaviourPhase);

type Json = Record<string, unknown>;

/** Collects every problem of a document, each prefixed with its JSON path. */
class Checker {
  readonly problems: string[] = [];

  problem(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  object(value: unknown, path: string): Json | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.problem(path, 'must be an object');
      return null;
    }
    return value as Json;
  }

  array(value: unknown, path: string, max: number): unknown[] {
    if (!Array.isArray(value)) {
      this.problem(path, 'must be an array');
      return [];
    }
    if (value.length > max) this.problem(path, `must contain at most ${max} items`);
    return value.slice(0, max);
  }

  text(value: unknown, path: string, max: number): string {
    if (typeof value !== 'string' || !value.trim()) {
      this.problem(path, 'must be a non-empty string');
      return '';
    }
    if (value.length > max) this.problem(path, `must be at most ${max} characters`);
    return value.trim();
  }

  code(value: unknown, path: string, pattern: RegExp): string {
    const code = this.text(value, path, 60);
    if (code && !pattern.test(code)) this.problem(path, `must match ${pattern.source}`);
    return code;
  }

  integer(value: unknown, path: string, min: number, max: number): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.problem(path, `must be an integer from ${min} to ${max}`);
      return min;
    }
    return value;
  }

  localized(value: unknown, path: string, max: number): LocalizedText {
    const object = this.object(value, path);
    return { ja: this.text(object?.ja, `${path}.ja`, max), en: this.text(object?.en, `${path}.en`, max) };
  }

  phase(value: unknown, path: string): BehaviourPhase | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' || !PHASES.includes(value)) {
      this.problem(path, `must be one of ${PHASES.join(', ')}`);
      return undefined;
    }
    return value as BehaviourPhase;
  }

  behaviour(value: unknown, path: string, codes: Set<string>): BehaviourDocument {
    const object = this.object(value, path) ?? {};
    const code = this.code(object.code, `${path}.code`, BEHAVIOUR_CODE);
    if (code && codes.has(code)) this.problem(`${path}.code`, `duplicates another behaviour (${code})`);
    codes.add(code);
    const phase = this.phase(object.phase, `${path}.phase`);
    return {
      code,
      ...(phase ? { phase } : {}),
      ja: this.text(object.ja, `${path}.ja`, MAX_NAME),
      en: this.text(object.en, `${path}.en`, MAX_NAME),
      description: this.localized(object.description, `${path}.description`, MAX_TEXT),
    };
  }
}

/** Parses and validates a framework document; returns the normalised document or every problem found. */
export function parseFrameworkDocument(json: string): { document: FrameworkDocument } | { problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { problems: [`$: not valid JSON (${(error as Error).message})`] };
  }
  const check = new Checker();
  const root = check.object(raw, '$') ?? {};
  const code = check.code(root.code, 'code', FRAMEWORK_CODE);
  const version = check.integer(root.version, 'version', 1, 100_000);
  const name = check.localized(root.name, 'name', MAX_NAME);

  const scaleObject = check.object(root.proficiencyScale, 'proficiencyScale') ?? {};
  const proficientLevel = check.integer(scaleObject.proficientLevel, 'proficiencyScale.proficientLevel', 1, 4);
  const levels = check.array(scaleObject.levels, 'proficiencyScale.levels', SCALE_LEVELS.length).map((value, i) => {
    const path = `proficiencyScale.levels[${i}]`;
    const level = check.object(value, path) ?? {};
    return {
      level: check.integer(level.level, `${path}.level`, 0, 4),
      ja: check.text(level.ja, `${path}.ja`, MAX_NAME),
      en: check.text(level.en, `${path}.en`, MAX_NAME),
      meaning: check.text(level.meaning, `${path}.meaning`, MAX_TEXT),
    };
  });
  if (levels.map((l) => l.level).join(',') !== SCALE_LEVELS.join(',')) {
    check.problem('proficiencyScale.levels', 'must list the levels 0, 1, 2, 3, 4 in order');
  }

  const behaviourCodes = new Set<string>();
  const stepCodes = new Set<string>();
  const stepOrdinals = new Set<number>();
  const steps = check.array(root.steps, 'steps', MAX_STEPS).map((value, i): StepDocument => {
    const path = `steps[${i}]`;
    const step = check.object(value, path) ?? {};
    const stepCode = check.code(step.code, `${path}.code`, STEP_CODE);
    if (stepCode && stepCodes.has(stepCode)) check.problem(`${path}.code`, `duplicates another step (${stepCode})`);
    stepCodes.add(stepCode);
    const ordinal = check.integer(step.ordinal, `${path}.ordinal`, 0, 99);
    if (stepOrdinals.has(ordinal)) check.problem(`${path}.ordinal`, `duplicates another step (${ordinal})`);
    stepOrdinals.add(ordinal);
    return {
      code: stepCode,
      ordinal,
      title: check.localized(step.title, `${path}.title`, MAX_NAME),
      tasks: check.localized(step.tasks, `${path}.tasks`, MAX_TEXT),
      practicePoints: check
        .array(step.practicePoints, `${path}.practicePoints`, MAX_PRACTICE_POINTS)
        .map((pointValue, j) => {
          const pointPath = `${path}.practicePoints[${j}]`;
          const point = check.object(pointValue, pointPath) ?? {};
          const phase = check.phase(point.phase, `${pointPath}.phase`);
          return {
            ...(phase ? { phase } : {}),
            ja: check.text(point.ja, `${pointPath}.ja`, MAX_TEXT),
            en: check.text(point.en, `${pointPath}.en`, MAX_TEXT),
          };
        }),
      behaviours: check
        .array(step.behaviours, `${path}.behaviours`, MAX_BEHAVIOURS)
        .map((b, j) => check.behaviour(b, `${path}.behaviours[${j}]`, behaviourCodes)),
    };
  });
  if (!steps.length) check.problem('steps', 'must contain at least one step');
  const crossCuttingBehaviours = (
    root.crossCuttingBehaviours === undefined
      ? []
      : check.array(root.crossCuttingBehaviours, 'crossCuttingBehaviours', MAX_BEHAVIOURS)
  ).map((b, j) => check.behaviour(b, `crossCuttingBehaviours[${j}]`, behaviourCodes));
  if (!behaviourCodes.size) check.problem('steps', 'must contain at least one behaviour');

  if (check.problems.length) return { problems: check.problems };
  return {
    document: {
      code,
      version,
      name,
      ...(typeof root.source === 'string' ? { source: root.source.slice(0, MAX_TEXT) } : {}),
      proficiencyScale: { proficientLevel, levels },
      steps,
      crossCuttingBehaviours,
    },
  };
}
