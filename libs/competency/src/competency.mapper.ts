import { Locale, localize } from '@banso/core';
import { AssessmentEntity } from './assessment.entity';
import { BehaviourEntity } from './behaviour.entity';
import { CompetencyFrameworkEntity } from './competency-framework.entity';
import { CompetencyStepEntity } from './competency-step.entity';
import { Assessment, Behaviour, CompetencyFramework, CompetencyStep } from './competency.model';
import { FrameworkDocument } from './framework-document';

/** A framework with its steps and behaviours, each in display order. */
export interface FrameworkTree {
  framework: CompetencyFrameworkEntity;
  steps: CompetencyStepEntity[];
  behaviours: BehaviourEntity[];
}

export function toFramework(entity: CompetencyFrameworkEntity, locale: Locale): CompetencyFramework {
  return Object.assign(new CompetencyFramework(), {
    id: entity.id,
    code: entity.code,
    version: entity.version,
    status: entity.status,
    name: localize({ ja: entity.nameJa, en: entity.nameEn }, locale),
    nameJa: entity.nameJa,
    nameEn: entity.nameEn,
    proficientLevel: entity.proficientLevel,
    scale: entity.scale.map((level) => ({
      level: level.level,
      label: localize(level, locale),
      labelJa: level.ja,
      labelEn: level.en,
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
    title: localize({ ja: entity.titleJa, en: entity.titleEn }, locale),
    titleJa: entity.titleJa,
    titleEn: entity.titleEn,
    tasks: localize({ ja: entity.tasksJa, en: entity.tasksEn }, locale),
    tasksJa: entity.tasksJa,
    tasksEn: entity.tasksEn,
    practicePoints: entity.practicePoints.map((point) => ({
      text: localize(point, locale),
      textJa: point.ja,
      textEn: point.en,
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
    name: localize({ ja: entity.nameJa, en: entity.nameEn }, locale),
    nameJa: entity.nameJa,
    nameEn: entity.nameEn,
    description: localize({ ja: entity.descriptionJa, en: entity.descriptionEn }, locale),
    descriptionJa: entity.descriptionJa,
    descriptionEn: entity.descriptionEn,
    phase: entity.phase,
    crossCutting: entity.stepId === null,
    ordinal: entity.ordinal,
  });
}

export function toAssessment(entity: AssessmentEntity): Assessment {
  return Object.assign(new Assessment(), {
    id: entity.id,
    programId: entity.programId,
    traineeId: entity.traineeId,
    behaviourId: entity.behaviourId,
    level: entity.level,
    source: entity.source,
    assessorId: entity.assessorId,
    evidenceType: entity.evidenceType,
    evidenceId: entity.evidenceId,
    comment: entity.comment,
    recordedAt: entity.recordedAt,
  });
}

/** The exchange document of a framework (inverse of the import). */
export function toDocument(tree: FrameworkTree): FrameworkDocument {
  const behaviourDocument = (b: BehaviourEntity) => ({
    code: b.code,
    ...(b.phase ? { phase: b.phase } : {}),
    ja: b.nameJa,
    en: b.nameEn,
    description: { ja: b.descriptionJa, en: b.descriptionEn },
  });
  return {
    code: tree.framework.code,
    version: tree.framework.version,
    name: { ja: tree.framework.nameJa, en: tree.framework.nameEn },
    proficiencyScale: { proficientLevel: tree.framework.proficientLevel, levels: tree.framework.scale },
    steps: tree.steps.map((step) => ({
      code: step.code,
      ordinal: step.ordinal,
      title: { ja: step.titleJa, en: step.titleEn },
      tasks: { ja: step.tasksJa, en: step.tasksEn },
      practicePoints: step.practicePoints.map((p) => ({ ...(p.phase ? { phase: p.phase } : {}), ja: p.ja, en: p.en })),
      behaviours: tree.behaviours.filter((b) => b.stepId === step.id).map(behaviourDocument),
    })),
    crossCuttingBehaviours: tree.behaviours.filter((b) => b.stepId === null).map(behaviourDocument),
  };
}
