import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import {
  Actor,
  ConnectionArgs,
  ConnectionShape,
  ErrorResult,
  Errors,
  isErrorResult,
  paginate,
  UnitOfWork,
} from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { FrameworkService, SCALE_LEVELS } from '@banso/frameworks';
import {
  MemberStatus,
  NotAProgramMemberError,
  Program,
  ProgramAccess,
  ProgramAccessService,
  ProgramClosedError,
  PROGRAM_NOUN,
  ProgramRole,
  ProgramsService,
} from '@banso/programs';
import { AssessmentEntity } from '../entities/assessment.entity';
import {
  Assessment,
  BehaviourStanding,
  CompetencyMatrix,
  CompetencyMatrixRow,
  CompetencyProfile,
  EvidenceReference,
  StepStanding,
} from '../models/competency.model';
import { AssessmentSource } from '../competency.enums';
import { BehaviourNotInFrameworkError, EvidenceNotFoundError, InvalidLevelError } from '../competency.errors';
import { RecordMentorAssessmentInput, RecordSelfAssessmentInput } from '../dto/assessment.input';
import { EvidenceRegistry } from './evidence.registry';
import { toAssessment } from '../competency.mapper';

/** A mentor's rating of one behaviour, as given with visit feedback. */
export interface MentorRating {
  behaviourId: string;
  level: number;
  comment?: string | null;
}

const MAX_RATINGS_PER_CALL = 50;

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
 * Assessments (append-only), competency profiles and the program matrix. Authorization: a trainee reads and
 * self-rates only themself; a mentor rates and reads the trainees they are paired with in that program; owners and
 * admins everything in the program. Outsiders get NOT_FOUND, members without the right FORBIDDEN.
 */
@Injectable()
export class CompetencyService {
  constructor(
    @InjectRepository(AssessmentEntity) private readonly assessments: Repository<AssessmentEntity>,
    private readonly frameworks: FrameworkService,
    private readonly evidence: EvidenceRegistry,
    private readonly programs: ProgramsService,
    private readonly access: ProgramAccessService,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  // ---- recording ----------------------------------------------------------------------------------------------

  async recordSelfAssessment(
    actor: Actor,
    input: RecordSelfAssessmentInput,
  ): Promise<Assessment | BehaviourNotInFrameworkError | ProgramClosedError> {
    const access = await this.access.assertCanRead(actor, input.programId);
    if (!access.roles.includes(ProgramRole.TRAINEE)) throw Errors.forbidden();
    const program = await this.program(input.programId);
    return this.unitOfWork.run(async ({ manager }) => {
      if (await this.access.isClosedForWrite(manager, program.id)) return new ProgramClosedError(actor.locale);
      const invalid = await this.checkBehaviours(manager, actor, program, [input.behaviourId]);
      if (invalid) return invalid;
      const [created] = await this.insertAssessments(manager, actor, AssessmentSource.SELF, program.id, actor.userId, [
        { behaviourId: input.behaviourId, level: input.level, comment: input.comment },
      ]);
      return toAssessment(created);
    });
  }

  async recordMentorAssessment(
    actor: Actor,
    input: RecordMentorAssessmentInput,
  ): Promise<
    Assessment | BehaviourNotInFrameworkError | EvidenceNotFoundError | NotAProgramMemberError | ProgramClosedError
  > {
    const access = await this.access.assertCanRead(actor, input.programId);
    await this.assertCanRate(actor, access, input.traineeId);
    const program = await this.program(input.programId);
    return this.unitOfWork.run(async ({ manager }) => {
      if (await this.access.isClosedForWrite(manager, program.id)) return new ProgramClosedError(actor.locale);
      if (!(await this.access.hasActiveRole(input.traineeId, program.id, ProgramRole.TRAINEE))) {
        return new NotAProgramMemberError(actor.locale, 'input.traineeId', ProgramRole.TRAINEE);
      }
      const result = await this.recordRatings(
        manager,
        actor,
        program,
        input.traineeId,
        [{ behaviourId: input.behaviourId, level: input.level, comment: input.comment }],
        input.evidence ?? null,
      );
      if (isErrorResult(result)) return result;
      return toAssessment(result[0]);
    });
  }

  /**
   * Records MENTOR ratings inside the caller's transaction (the caller has already checked that the actor may rate
   * this trainee, e.g. ojt's giveVisitFeedback). Validates behaviours, levels and evidence before writing anything.
   */
  async recordMentorRatings(
    manager: EntityManager,
    actor: Actor,
    input: { programId: string; traineeId: string; ratings: MentorRating[]; evidence: EvidenceReference },
  ): Promise<string[] | ErrorResult> {
    const program = await this.program(input.programId);
    const result = await this.recordRatings(manager, actor, program, input.traineeId, input.ratings, input.evidence);
    return isErrorResult(result) ? result : result.map((row) => row.id);
  }

  private async recordRatings(
    manager: EntityManager,
    actor: Actor,
    program: Program,
    traineeId: string,
    ratings: MentorRating[],
    evidence: EvidenceReference | null,
  ): Promise<AssessmentEntity[] | ErrorResult> {
    if (ratings.length > MAX_RATINGS_PER_CALL) {
      throw Errors.badInput('ratings', {
        ja: `${MAX_RATINGS_PER_CALL}件以内にしてください`,
        en: `must contain at most ${MAX_RATINGS_PER_CALL} items`,
      });
    }
    const badLevel = ratings.find((r) => !Number.isInteger(r.level) || !SCALE_LEVELS.includes(r.level));
    if (badLevel) return new InvalidLevelError(actor.locale, badLevel.behaviourId);
    const invalid = await this.checkBehaviours(
      manager,
      actor,
      program,
      ratings.map((r) => r.behaviourId),
    );
    if (invalid) return invalid;
    if (evidence && !(await this.evidence.verify(manager, evidence, traineeId, program.id))) {
      return new EvidenceNotFoundError(actor.locale, evidence.type, evidence.id);
    }
    if (!ratings.length) return [];
    return this.insertAssessments(manager, actor, AssessmentSource.MENTOR, program.id, traineeId, ratings, evidence);
  }

  private async insertAssessments(
    manager: EntityManager,
    actor: Actor,
    source: AssessmentSource,
    programId: string,
    traineeId: string,
    ratings: MentorRating[],
    evidence: EvidenceReference | null = null,
  ): Promise<AssessmentEntity[]> {
    const rows = await manager.query<AssessmentEntity[]>(
      `INSERT INTO assessment ("programId", "traineeId", "behaviourId", level, source, "assessorId", "evidenceType",
                               "evidenceId", comment)
       SELECT $1::uuid, $2::uuid, r."behaviourId", r.level, $3::assessment_source_enum, $4::uuid,
              $5::assessment_evidencetype_enum, $6::uuid, r.comment
       FROM jsonb_to_recordset($7::jsonb) AS r("behaviourId" uuid, level smallint, comment varchar, position int)
       ORDER BY r.position
       RETURNING *`,
      [
        programId,
        traineeId,
        source,
        actor.userId,
        evidence?.type ?? null,
        evidence?.id ?? null,
        JSON.stringify(
          ratings.map((r, position) => ({
            behaviourId: r.behaviourId,
            level: r.level,
            comment: r.comment?.trim() || null,
            position,
          })),
        ),
      ],
    );
    await this.audit.recordMany(
      manager,
      actor,
      rows.map((row) => ({
        action:
          source === AssessmentSource.SELF ? 'competency.recordSelfAssessment' : 'competency.recordMentorAssessment',
        entityType: 'Assessment',
        entityId: row.id,
        changes: changedFields(null, row, [
          'programId',
          'traineeId',
          'behaviourId',
          'level',
          'source',
          'evidenceType',
          'evidenceId',
        ]),
      })),
    );
    return rows;
  }

  /** Every behaviour must belong to the framework the program is pinned to. */
  private async checkBehaviours(
    manager: EntityManager,
    actor: Actor,
    program: Program,
    behaviourIds: string[],
  ): Promise<BehaviourNotInFrameworkError | null> {
    const unique = [...new Set(behaviourIds)];
    if (!unique.length) return null;
    const known = await this.frameworks.behaviourIdsInFramework(manager, program.frameworkId, unique);
    const missing = unique.find((id) => !known.has(id));
    return missing ? new BehaviourNotInFrameworkError(actor.locale, missing) : null;
  }

  // ---- reading ------------------------------------------------------------------------------------------------

  async competencyProfile(actor: Actor, programId: string, traineeId: string): Promise<CompetencyProfile> {
    await this.assertCanReadTrainee(actor, programId, traineeId);
    const program = await this.program(programId);
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

  async assessmentHistory(
    actor: Actor,
    args: ConnectionArgs & { programId: string; traineeId: string; behaviourId?: string },
  ): Promise<ConnectionShape<Assessment>> {
    await this.assertCanReadTrainee(actor, args.programId, args.traineeId);
    const query = this.assessments
      .createQueryBuilder('assessment')
      .where('assessment.programId = :programId AND assessment.traineeId = :traineeId', {
        programId: args.programId,
        traineeId: args.traineeId,
      });
    if (args.behaviourId) query.andWhere('assessment.behaviourId = :behaviourId', { behaviourId: args.behaviourId });
    return paginate(
      query,
      args,
      {
        column: 'assessment.recordedAt',
        value: (a) => a.recordedAt,
        direction: 'DESC',
        idColumn: 'assessment.id',
        id: (a) => a.id,
      },
      toAssessment,
    );
  }

  /**
   * Trainees × behaviours with current levels. Owners and admins see every active trainee of the program; mentors
   * only their current mentees. A constant number of queries whatever the cohort size (asserted in a test).
   */
  async competencyMatrix(actor: Actor, programId: string): Promise<CompetencyMatrix> {
    const access = await this.access.assertCanRead(actor, programId);
    let traineeIds: string[];
    if (access.canManage) {
      traineeIds = await this.activeTrainees(programId);
    } else if (access.roles.includes(ProgramRole.MENTOR)) {
      traineeIds = await this.access.menteesOf(programId, actor.userId);
    } else {
      throw Errors.forbidden();
    }
    const program = await this.program(programId);
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

  // ---- authorization helpers ----------------------------------------------------------------------------------

  /** Mentor paired with the trainee in the program, or owner/admin; never oneself. */
  private async assertCanRate(actor: Actor, access: ProgramAccess, traineeId: string): Promise<void> {
    if (actor.userId === traineeId) throw Errors.forbidden();
    if (access.canManage || (await this.mentors(actor, access, traineeId))) return;
    throw Errors.forbidden();
  }

  /** The trainee themself, their paired mentor, or an owner/admin of the program. */
  private async assertCanReadTrainee(actor: Actor, programId: string, traineeId: string): Promise<void> {
    const access = await this.access.assertCanRead(actor, programId);
    if (access.canManage) return;
    if (actor.userId === traineeId && access.roles.includes(ProgramRole.TRAINEE)) return;
    if (await this.mentors(actor, access, traineeId)) return;
    throw Errors.forbidden();
  }

  /** Whether the actor is a mentor of the program currently paired with the trainee. */
  private async mentors(actor: Actor, access: ProgramAccess, traineeId: string): Promise<boolean> {
    return access.roles.includes(ProgramRole.MENTOR) && this.access.isPaired(access.programId, actor.userId, traineeId);
  }

  private async program(programId: string): Promise<Program> {
    const [program] = await this.programs.programsByIds([programId]);
    if (!program) throw Errors.notFound(PROGRAM_NOUN);
    return program;
  }

  private async activeTrainees(programId: string): Promise<string[]> {
    const [members] = await this.programs.membersByProgramIds([programId]);
    return members
      .filter((m) => m.role === ProgramRole.TRAINEE && m.status === MemberStatus.ACTIVE)
      .map((m) => m.userId);
  }
}
