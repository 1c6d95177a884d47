import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  Actor,
  ConnectionArgs,
  ConnectionShape,
  ErrorResult,
  Errors,
  InTransaction,
  isErrorResult,
  keysetBy,
  paginate,
  certificationEvaluation,
  OutboxService,
} from '@banso/core';
import { AuditService, changedFields } from '@banso/audit';
import { FrameworkService, SCALE_LEVELS } from '@banso/frameworks';
import {
  NotAProgramMemberError,
  Program,
  ProgramAccessService,
  ProgramClosedError,
  ProgramRole,
} from '@banso/programs';
import { AssessmentEntity } from '../entities/assessment.entity';
import { Assessment, EvidenceReference } from '../models/competency.model';
import { AssessmentSource } from '../competency.enums';
import { BehaviourNotInFrameworkError, EvidenceNotFoundError, InvalidLevelError } from '../competency.errors';
import { RecordMentorAssessmentInput, RecordSelfAssessmentInput } from '../dto/assessment.input';
import { EvidenceRegistry } from './evidence.registry';
import { CompetencyAccessService } from './competency-access.service';
import { toAssessment } from '../competency.mapper';

/** A mentor's rating of one behaviour, as given with visit feedback. */
export interface MentorRating {
  behaviourId: string;
  level: number;
  comment?: string | null;
}

const MAX_RATINGS_PER_CALL = 50;

/** Assessments (append-only): self and mentor ratings, and their history. */
@Injectable()
export class AssessmentService {
  constructor(
    @InjectRepository(AssessmentEntity) private readonly assessments: Repository<AssessmentEntity>,
    private readonly frameworks: FrameworkService,
    private readonly evidence: EvidenceRegistry,
    private readonly programAccess: ProgramAccessService,
    private readonly access: CompetencyAccessService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  @InTransaction()
  async recordSelfAssessment(
    actor: Actor,
    input: RecordSelfAssessmentInput,
  ): Promise<Assessment | BehaviourNotInFrameworkError | ProgramClosedError> {
    const access = await this.access.assertCanRead(actor, input.programId);
    if (!access.roles.includes(ProgramRole.TRAINEE)) throw Errors.forbidden();
    const program = await this.access.program(input.programId);
    if (await this.programAccess.isClosedForWrite(program.id)) return new ProgramClosedError(actor.locale);
    const invalid = await this.checkBehaviours(actor, program, [input.behaviourId]);
    if (invalid) return invalid;
    const [created] = await this.insertAssessments(actor, AssessmentSource.SELF, program.id, actor.userId, [
      { behaviourId: input.behaviourId, level: input.level, comment: input.comment },
    ]);
    return toAssessment(created);
  }

  @InTransaction()
  async recordMentorAssessment(
    actor: Actor,
    input: RecordMentorAssessmentInput,
  ): Promise<
    Assessment | BehaviourNotInFrameworkError | EvidenceNotFoundError | NotAProgramMemberError | ProgramClosedError
  > {
    const access = await this.access.assertCanRead(actor, input.programId);
    await this.access.assertCanRate(actor, access, input.traineeId);
    const program = await this.access.program(input.programId);
    if (await this.programAccess.isClosedForWrite(program.id)) return new ProgramClosedError(actor.locale);
    if (!(await this.programAccess.hasActiveRole(input.traineeId, program.id, ProgramRole.TRAINEE))) {
      return new NotAProgramMemberError(actor.locale, 'input.traineeId', ProgramRole.TRAINEE);
    }
    const result = await this.recordRatings(
      actor,
      program,
      input.traineeId,
      [{ behaviourId: input.behaviourId, level: input.level, comment: input.comment }],
      input.evidence ?? null,
    );
    if (isErrorResult(result)) return result;
    return toAssessment(result[0]);
  }

  /**
   * Records MENTOR ratings in the caller's transaction. The caller has already checked that the actor may rate this
   * trainee and that the evidence is theirs — e.g. ojt's giveVisitFeedback, whose evidence is the visit it holds
   * locked — so the evidence is not read again. Validates behaviours and levels before writing anything.
   */
  async recordMentorRatings(
    actor: Actor,
    input: { programId: string; traineeId: string; ratings: MentorRating[]; evidence: EvidenceReference },
  ): Promise<string[] | ErrorResult> {
    const program = await this.access.program(input.programId);
    const result = await this.recordRatings(actor, program, input.traineeId, input.ratings, input.evidence, true);
    return isErrorResult(result) ? result : result.map((row) => row.id);
  }

  private async recordRatings(
    actor: Actor,
    program: Program,
    traineeId: string,
    ratings: MentorRating[],
    evidence: EvidenceReference | null,
    evidenceChecked = false,
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
      actor,
      program,
      ratings.map((r) => r.behaviourId),
    );
    if (invalid) return invalid;
    if (evidence && !evidenceChecked && !(await this.evidence.verify(evidence, traineeId, program.id))) {
      return new EvidenceNotFoundError(actor.locale, evidence.type, evidence.id);
    }
    if (!ratings.length) return [];
    return this.insertAssessments(actor, AssessmentSource.MENTOR, program.id, traineeId, ratings, evidence);
  }

  private async insertAssessments(
    actor: Actor,
    source: AssessmentSource,
    programId: string,
    traineeId: string,
    ratings: MentorRating[],
    evidence: EvidenceReference | null = null,
  ): Promise<AssessmentEntity[]> {
    const rows = await this.assessments.query<AssessmentEntity[]>(
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
    // A mentor rating is certification evidence: the trainee's certification is evaluated again (debounced).
    if (source === AssessmentSource.MENTOR && rows.length) {
      await this.outbox.enqueue(...certificationEvaluation(programId, traineeId));
    }
    return rows;
  }

  /** Every behaviour must belong to the framework the program is pinned to. */
  private async checkBehaviours(
    actor: Actor,
    program: Program,
    behaviourIds: string[],
  ): Promise<BehaviourNotInFrameworkError | null> {
    const unique = [...new Set(behaviourIds)];
    if (!unique.length) return null;
    const known = await this.frameworks.behaviourIdsInFramework(program.frameworkId, unique);
    const missing = unique.find((id) => !known.has(id));
    return missing ? new BehaviourNotInFrameworkError(actor.locale, missing) : null;
  }

  async assessmentHistory(
    actor: Actor,
    args: ConnectionArgs & { programId: string; traineeId: string; behaviourId?: string },
  ): Promise<ConnectionShape<Assessment>> {
    await this.access.assertCanReadTrainee(actor, args.programId, args.traineeId);
    const query = this.assessments
      .createQueryBuilder('assessment')
      .where('assessment.programId = :programId AND assessment.traineeId = :traineeId', {
        programId: args.programId,
        traineeId: args.traineeId,
      });
    if (args.behaviourId) query.andWhere('assessment.behaviourId = :behaviourId', { behaviourId: args.behaviourId });
    return paginate(query, args, keysetBy<AssessmentEntity>('assessment', 'recordedAt', 'DESC'), toAssessment);
  }
}
