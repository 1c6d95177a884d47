import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, Errors } from '@banso/core';
import { FrameworkService } from '@banso/frameworks';
import { ProgramAccessService, ProgramRole } from '@banso/programs';
import { AssessmentEntity } from '../entities/assessment.entity';
import {
  BehaviourStanding,
  CompetencyMatrix,
  CompetencyMatrixRow,
  CompetencyProfile,
  StepStanding,
} from '../models/competency.model';
import { CompetencyAccessService } from './competency-access.service';

/** The latest MENTOR rating of one behaviour (certification evidence). */
export interface CurrentMentorLevel {
  behaviourId: string;
  level: number;
  assessmentId: string;
  recordedAt: Date;
}

interface StandingRow {
  behaviourId: string;
  mentorLevel: number | null;
  selfLevel: number | null;
  evidenceCount: number;
  lastAssessedAt: Date | null;
}

/** A behaviour counts as mastered once its current level reaches the framework's proficient level. */
function isProficient(level: number | null, proficientLevel: number): boolean {
  return level !== null && level >= proficientLevel;
}

/**
 * Where trainees stand: one trainee's competency profile and the program's trainee × behaviour matrix, both from
 * the latest MENTOR rating of each behaviour.
 */
@Injectable()
export class CompetencyStandingService {
  constructor(
    @InjectRepository(AssessmentEntity) private readonly assessments: Repository<AssessmentEntity>,
    private readonly frameworks: FrameworkService,
    private readonly programAccess: ProgramAccessService,
    private readonly access: CompetencyAccessService,
  ) {}

  async competencyProfile(actor: Actor, programId: string, traineeId: string): Promise<CompetencyProfile> {
    await this.access.assertCanReadTrainee(actor, programId, traineeId);
    const program = await this.access.program(programId);
    const tree = await this.frameworks.outline(program.frameworkId, actor.locale);
    const rows = await this.assessments.manager.query<StandingRow[]>(
      `SELECT "behaviourId",
              (array_agg(level ORDER BY "recordedAt" DESC, id DESC) FILTER (WHERE source = 'MENTOR'))[1] AS "mentorLevel",
              (array_agg(level ORDER BY "recordedAt" DESC, id DESC) FILTER (WHERE source = 'SELF'))[1] AS "selfLevel",
              count(DISTINCT ("evidenceType"::text || ':' || "evidenceId"::text))::int AS "evidenceCount",
              max("recordedAt") AS "lastAssessedAt"
       FROM assessment
       WHERE "programId" = $1 AND "traineeId" = $2
       GROUP BY "behaviourId"`,
      [programId, traineeId],
    );
    const byBehaviour = new Map(rows.map((row) => [row.behaviourId, row]));
    const proficientLevel = tree.framework.proficientLevel;
    const standings: BehaviourStanding[] = tree.behaviours.map((behaviour) => {
      const row = byBehaviour.get(behaviour.id);
      const currentLevel = row?.mentorLevel ?? null;
      const selfLevel = row?.selfLevel ?? null;
      return Object.assign(new BehaviourStanding(), {
        behaviour,
        currentLevel,
        selfLevel,
        gap: currentLevel !== null && selfLevel !== null ? selfLevel - currentLevel : null,
        proficient: isProficient(currentLevel, proficientLevel),
        evidenceCount: row?.evidenceCount ?? 0,
        lastAssessedAt: row?.lastAssessedAt ?? null,
      });
    });
    const steps: StepStanding[] = tree.steps.map((step) => {
      const inStep = standings.filter((s) => s.behaviour.stepId === step.id);
      const weakest = inStep.reduce<BehaviourStanding | null>(
        (min, s) => (min === null || (s.currentLevel ?? 0) < (min.currentLevel ?? 0) ? s : min),
        null,
      );
      return Object.assign(new StepStanding(), {
        step,
        behaviourCount: inStep.length,
        proficientCount: inStep.filter((s) => s.proficient).length,
        weakestBehaviour: weakest?.behaviour ?? null,
      });
    });
    const proficientCount = standings.filter((s) => s.proficient).length;
    return Object.assign(new CompetencyProfile(), {
      programId,
      traineeId,
      framework: tree.framework,
      behaviours: standings,
      steps,
      behaviourCount: standings.length,
      proficientCount,
      progress: standings.length ? proficientCount / standings.length : 0,
    });
  }

  /**
   * Trainees × behaviours with current levels. Owners and admins see every active trainee of the program; mentors
   * only their current mentees. A constant number of queries whatever the cohort size (asserted in a test).
   */
  async competencyMatrix(actor: Actor, programId: string): Promise<CompetencyMatrix> {
    const access = await this.programAccess.assertCanRead(actor, programId);
    let traineeIds: string[];
    if (access.canManage) {
      traineeIds = await this.access.activeTrainees(programId);
    } else if (access.roles.includes(ProgramRole.MENTOR)) {
      traineeIds = await this.programAccess.menteesOf(programId, actor.userId);
    } else {
      throw Errors.forbidden();
    }
    const program = await this.access.program(programId);
    const tree = await this.frameworks.outline(program.frameworkId, actor.locale);
    const levels = traineeIds.length
      ? await this.assessments.manager.query<{ traineeId: string; behaviourId: string; level: number }[]>(
          `SELECT DISTINCT ON ("traineeId", "behaviourId") "traineeId", "behaviourId", level
           FROM assessment
           WHERE "programId" = $1 AND source = 'MENTOR' AND "traineeId" = ANY($2::uuid[])
           ORDER BY "traineeId", "behaviourId", "recordedAt" DESC, id DESC`,
          [programId, traineeIds],
        )
      : [];
    const current = new Map(levels.map((row) => [`${row.traineeId}:${row.behaviourId}`, row.level]));
    const proficientLevel = tree.framework.proficientLevel;
    const rows = traineeIds.map((traineeId) => {
      const rowLevels = tree.behaviours.map((b) => current.get(`${traineeId}:${b.id}`) ?? null);
      return Object.assign(new CompetencyMatrixRow(), {
        traineeId,
        levels: rowLevels,
        proficientCount: rowLevels.filter((level) => isProficient(level, proficientLevel)).length,
      });
    });
    return Object.assign(new CompetencyMatrix(), {
      programId,
      framework: tree.framework,
      proficientLevel,
      behaviours: tree.behaviours,
      rows,
    });
  }

  /**
   * Certification evidence (no access check: the caller decides who may see it): the trainee's current MENTOR level
   * of every rated behaviour in the program, with the assessment it comes from. One statement.
   */
  async currentMentorLevels(programId: string, traineeId: string): Promise<CurrentMentorLevel[]> {
    return this.assessments.manager.query<CurrentMentorLevel[]>(
      `SELECT DISTINCT ON ("behaviourId") "behaviourId", level, id AS "assessmentId", "recordedAt"
       FROM assessment
       WHERE "programId" = $1 AND "traineeId" = $2 AND source = 'MENTOR'
       ORDER BY "behaviourId", "recordedAt" DESC, id DESC`,
      [programId, traineeId],
    );
  }
}
