import { Locale, localize, LocalizedText } from '@banso/core';
import { BehaviourEntity } from './entities/behaviour.entity';
import { CompetencyFrameworkEntity } from './entities/competency-framework.entity';
import { CompetencyStepEntity } from './entities/competency-step.entity';
import { Behaviour, CompetencyFramework, CompetencyStep } from './models/framework.model';
import { FrameworkStatus } from './frameworks.enums';
import { BehaviourDocument, FrameworkDocument } from './services/framework-document';

/** A framework with its steps and behaviours, each in display order. */
export interface FrameworkTree {
  framework: CompetencyFrameworkEntity;
  steps: CompetencyStepEntity[];
  behaviours: BehaviourEntity[];
}

/** The columns `<key>Ja` and `<key>En` of a row. */
type TextColumns<K extends string> = Record<`${K}Ja` | `${K}En`, string>;

/** A text field of a model: `<key>` in the caller's language beside `<key>Ja` and `<key>En`. */
type Bilingual<K extends string> = Record<K, string> & TextColumns<K>;

function textOf<K extends string>(row: TextColumns<K>, key: K): LocalizedText {
  return { ja: row[`${key}Ja` as const], en: row[`${key}En` as const] };
}

function columns<K extends string>(key: K, text: LocalizedText): TextColumns<K> {
  return { [`${key}Ja`]: text.ja, [`${key}En`]: text.en } as TextColumns<K>;
}

function bilingual<K extends string>(key: K, text: LocalizedText, locale: Locale): Bilingual<K> {
  return { [key]: localize(text, locale), ...columns(key, text) } as Bilingual<K>;
}

/** Cross-cutting behaviours sort after every STEP. */
const CROSS_CUTTING_ORDINAL = 99;

/** Display order of a behaviour: by its STEP (cross-cutting last), then by its position there. */
export function behaviourOrdinal(step: { ordinal: number } | null, index: number): number {
  return (step?.ordinal ?? CROSS_CUTTING_ORDINAL) * 100 + index + 1;
}

export function toFramework(entity: CompetencyFrameworkEntity, locale: Locale): CompetencyFramework {
  return Object.assign(new CompetencyFramework(), {
    id: entity.id,
    code: entity.code,
    version: entity.version,
    status: entity.status,
    ...bilingual('name', textOf(entity, 'name'), locale),
    proficientLevel: entity.proficientLevel,
    scale: entity.scale.map((level) => ({
      level: level.level,
      ...bilingual('label', level, locale),
      meaning: level.meaning,
    })),
    basedOnId: entity.basedOnId,
    publishedAt: entity.publishedAt,
    createdAt: entity.createdAt,
  });
}

export function toStep(entity: CompetencyStepEntity, locale: Locale): CompetencyStep {
  return Object.assign(new CompetencyStep(), {
    id: entity.id,
    frameworkId: entity.frameworkId,
    code: entity.code,
    ordinal: entity.ordinal,
    ...bilingual('title', textOf(entity, 'title'), locale),
    ...bilingual('tasks', textOf(entity, 'tasks'), locale),
    practicePoints: entity.practicePoints.map((point) => ({
      ...bilingual('text', point, locale),
      phase: point.phase ?? null,
    })),
  });
}

export function toBehaviour(entity: BehaviourEntity, locale: Locale): Behaviour {
  return Object.assign(new Behaviour(), {
    id: entity.id,
    frameworkId: entity.frameworkId,
    stepId: entity.stepId,
    code: entity.code,
    ...bilingual('name', textOf(entity, 'name'), locale),
    ...bilingual('description', textOf(entity, 'description'), locale),
    phase: entity.phase,
    crossCutting: entity.stepId === null,
    ordinal: entity.ordinal,
  });
}

/** The exchange document of a framework (inverse of the import). */
export function toDocument(tree: FrameworkTree): FrameworkDocument {
  const behaviourDocument = (b: BehaviourEntity): BehaviourDocument => ({
    code: b.code,
    ...(b.phase ? { phase: b.phase } : {}),
    ...textOf(b, 'name'),
    description: textOf(b, 'description'),
  });
  return {
    code: tree.framework.code,
    version: tree.framework.version,
    name: textOf(tree.framework, 'name'),
    proficiencyScale: { proficientLevel: tree.framework.proficientLevel, levels: tree.framework.scale },
    steps: tree.steps.map((step) => ({
      code: step.code,
      ordinal: step.ordinal,
      title: textOf(step, 'title'),
      tasks: textOf(step, 'tasks'),
      practicePoints: step.practicePoints.map((p) => ({ ...(p.phase ? { phase: p.phase } : {}), ja: p.ja, en: p.en })),
      behaviours: tree.behaviours.filter((b) => b.stepId === step.id).map(behaviourDocument),
    })),
    crossCuttingBehaviours: tree.behaviours.filter((b) => b.stepId === null).map(behaviourDocument),
  };
}

// ---- rows of a document (the import); ids are assigned on insert ---------------------------------------------

export function frameworkRow(
  document: FrameworkDocument,
  version: number,
  basedOnId: string | null,
): Omit<CompetencyFrameworkEntity, 'id' | 'basedOn' | 'createdAt' | 'updatedAt'> {
  return {
    code: document.code,
    version,
    status: FrameworkStatus.DRAFT,
    ...columns('name', document.name),
    proficientLevel: document.proficiencyScale.proficientLevel,
    scale: document.proficiencyScale.levels,
    basedOnId,
    publishedAt: null,
  };
}

export function stepRows(document: FrameworkDocument, frameworkId: string): Omit<CompetencyStepEntity, 'id'>[] {
  return document.steps.map((step) => ({
    frameworkId,
    code: step.code,
    ordinal: step.ordinal,
    ...columns('title', step.title),
    ...columns('tasks', step.tasks),
    practicePoints: step.practicePoints.map((p) => ({ phase: p.phase ?? null, ja: p.ja, en: p.en })),
  }));
}

/** Behaviours of every step (`stepIds` in the order of `document.steps`), then the cross-cutting ones. */
export function behaviourRows(
  document: FrameworkDocument,
  frameworkId: string,
  stepIds: string[],
): Omit<BehaviourEntity, 'id'>[] {
  const row = (b: BehaviourDocument, stepId: string | null, ordinal: number): Omit<BehaviourEntity, 'id'> => ({
    frameworkId,
    stepId,
    code: b.code,
    ordinal,
    ...columns('name', b),
    ...columns('description', b.description),
    phase: b.phase ?? null,
  });
  return [
    ...document.steps.flatMap((step, s) =>
      step.behaviours.map((b, i) => row(b, stepIds[s], behaviourOrdinal(step, i))),
    ),
    ...document.crossCuttingBehaviours.map((b, i) => row(b, null, behaviourOrdinal(null, i))),
  ];
}
