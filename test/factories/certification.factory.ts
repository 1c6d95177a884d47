import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { newVerificationCode } from '@banso/certification';
import { UserRow } from './index';

const TALENT_REQUIREMENT = {
  candidateProfile: '製造現場の改善経験がある技術者',
  expectations: '生産管理の仕組みづくり',
  roleAndDuties: '工場長補佐として改善活動を主導',
  mustHave: ['生産管理の実務経験'],
  niceToHave: ['中小企業での勤務経験'],
  engagementType: 'SIDE_JOB',
};

export const CERTIFICATION_PROGRESS = `query ($programId: ID!, $traineeId: ID!) {
  certificationProgress(programId: $programId, traineeId: $traineeId) {
    rules { kind met activeCertificateId missing { key } criteria { key met current target records { type id label } } }
  }
}`;

export const ISSUE_CERTIFICATE = `mutation ($input: IssueCertificateInput!) {
  issueCertificate(input: $input) {
    __typename
    ... on Certificate { id kind status verificationCode issuedAt expiresAt evidence { kind met } }
    ... on CriteriaNotMetError { kind missing { key current target } }
    ... on ErrorResult { code message }
  }
}`;

export const REVOKE_CERTIFICATE = `mutation ($input: RevokeCertificateInput!) {
  revokeCertificate(input: $input) {
    __typename
    ... on Certificate { id status revokedAt revokeReason }
    ... on ErrorResult { code message }
  }
}`;

export const VERIFY_CERTIFICATE = `query ($code: String!) {
  verifyCertificate(code: $code) { holderName kind programName organizationName issuedAt expiresAt status }
}`;

/** Certification evidence written straight to the database (fast): cases, visits with feedback, ratings. */
export class CertificationFactory {
  private behaviours: Record<string, string> | undefined;

  constructor(private readonly dataSource: DataSource) {}

  /** Code → id of the behaviours of the default framework (CORE_TALENT_SUPPORT v1). */
  async behaviourIds(): Promise<Record<string, string>> {
    if (!this.behaviours) {
      const rows = await this.dataSource.query<{ id: string; code: string }[]>(
        `SELECT b.id, b.code FROM behaviour b JOIN competency_framework f ON f.id = b."frameworkId"
         WHERE f.code = 'CORE_TALENT_SUPPORT' AND f.version = 1`,
      );
      this.behaviours = Object.fromEntries(rows.map((row) => [row.code, row.id]));
    }
    return this.behaviours;
  }

  /** MENTOR ratings of every behaviour at `level`, with `overrides` per behaviour code. */
  async rate(
    programId: string,
    assessorId: string,
    traineeId: string,
    level: number,
    overrides: Record<string, number> = {},
  ): Promise<void> {
    const behaviours = await this.behaviourIds();
    const values = Object.entries(behaviours).map(([code, behaviourId]) => ({
      behaviourId,
      level: overrides[code] ?? level,
    }));
    await this.dataSource.query(
      `INSERT INTO assessment ("programId", "traineeId", "behaviourId", level, source, "assessorId")
       SELECT $1, $2, r."behaviourId", r.level, 'MENTOR', $3
       FROM jsonb_to_recordset($4::jsonb) AS r("behaviourId" uuid, level smallint)`,
      [programId, traineeId, assessorId, JSON.stringify(values)],
    );
  }

  /** A client company of the trainee's organisation and a case they lead, at `step`. */
  async supportCase(
    programId: string,
    trainee: UserRow,
    options: { step?: string; talentRequirement?: boolean } = {},
  ): Promise<{ caseId: string; companyName: string }> {
    const companyName = `株式会社テスト精工-${randomBytes(3).toString('hex')}`;
    const [company] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO client_company ("organizationId", name, industry, prefecture, "createdById")
       VALUES ($1, $2, '製造業', '大阪府', $3) RETURNING id`,
      [trainee.organizationId, companyName, trainee.id],
    );
    const [supportCase] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO support_case ("programId", "clientCompanyId", "leadTraineeId", "currentStep", status,
                                 "managementIssues", "talentRequirement")
       VALUES ($1, $2, $3, $4, 'OPEN', '[]', $5) RETURNING id`,
      [
        programId,
        company.id,
        trainee.id,
        options.step ?? 'STEP1',
        options.talentRequirement ? JSON.stringify(TALENT_REQUIREMENT) : null,
      ],
    );
    return { caseId: supportCase.id, companyName };
  }

  async moveCase(caseId: string, step: string, talentRequirement: boolean): Promise<void> {
    await this.dataSource.query(`UPDATE support_case SET "currentStep" = $2, "talentRequirement" = $3 WHERE id = $1`, [
      caseId,
      step,
      talentRequirement ? JSON.stringify(TALENT_REQUIREMENT) : null,
    ]);
  }

  /** `count` visits of the case that received feedback from `mentorId`; the first `led` led by the trainee. */
  async visitsWithFeedback(
    programId: string,
    caseId: string,
    traineeId: string,
    mentorId: string,
    count: number,
    options: { led?: number; secondMentorIds?: string[] } = {},
  ): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO ojt_visit ("supportCaseId", "programId", "traineeId", number, status, "scheduledAt", "traineeRole",
                              "heldAt", "durationMinutes", "stepsPractised", summary, "postBriefedAt",
                              "feedbackGivenAt", "createdById")
       SELECT $1, $2, $3, COALESCE((SELECT max(number) FROM ojt_visit WHERE "supportCaseId" = $1), 0) + n,
              'FEEDBACK_GIVEN', now() - make_interval(days => 40 - n), CASE WHEN n <= $5 THEN 'LEAD' ELSE 'CO_LEAD' END::ojt_visit_traineerole_enum,
              now() - make_interval(days => 40 - n), 90, '{STEP1}', '訪問記録', now() - make_interval(days => 39 - n),
              now() - make_interval(days => 38 - n), $3
       FROM generate_series(1, $4) AS n
       RETURNING id`,
      [caseId, programId, traineeId, count, options.led ?? 0],
    );
    const ids = rows.map((row) => row.id);
    await this.dataSource.query(`INSERT INTO ojt_visit_mentor ("visitId", "mentorId") SELECT unnest($1::uuid[]), $2`, [
      ids,
      mentorId,
    ]);
    for (const userId of options.secondMentorIds ?? []) {
      await this.dataSource.query(
        `INSERT INTO ojt_visit_second_mentor ("visitId", "userId") SELECT unnest($1::uuid[]), $2`,
        [ids, userId],
      );
    }
    return ids;
  }

  /** A certificate written directly (a holder certified earlier); ACTIVE and valid for a year unless told. */
  async certificate(
    programId: string,
    userId: string,
    kind: 'SUPPORTER' | 'MENTOR',
    options: { mentorIds?: string[]; expiresAt?: Date; status?: 'ACTIVE' | 'EXPIRED' | 'REVOKED' } = {},
  ): Promise<{ id: string; verificationCode: string }> {
    const code = newVerificationCode();
    const [row] = await this.dataSource.query<{ id: string; verificationCode: string }[]>(
      `INSERT INTO certificate ("programId", "userId", kind, status, "verificationCode", "issuedAt", "expiresAt",
                                evidence, "mentorIds")
       VALUES ($1, $2, $3, $4, $5, now() - interval '1 day', $6, '[]', $7) RETURNING id, "verificationCode"`,
      [
        programId,
        userId,
        kind,
        options.status ?? 'ACTIVE',
        code,
        options.expiresAt ?? new Date(Date.now() + 365 * 24 * 3600 * 1000),
        options.mentorIds ?? [],
      ],
    );
    return row;
  }

  /** A required off-JT lecture of the program; `attendedBy` are recorded ATTENDED. */
  async requiredLecture(programId: string, createdById: string, attendedBy: string[] = []): Promise<string> {
    const [activity] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO learning_activity ("programId", kind, title, "aidaStage", "startsAt", "endsAt", required,
                                      "checkInCode", "createdById")
       VALUES ($1, 'LECTURE', '必修講義：伴走支援の基礎', 'INTEREST', now() - interval '10 days',
               now() - interval '10 days' + interval '2 hours', true, 'ABC123', $2) RETURNING id`,
      [programId, createdById],
    );
    await this.attend(activity.id, attendedBy);
    return activity.id;
  }

  async attend(activityId: string, userIds: string[]): Promise<void> {
    if (!userIds.length) return;
    await this.dataSource.query(
      `INSERT INTO participation ("activityId", "userId", attendance, "attendanceRecordedAt")
       SELECT $1, unnest($2::uuid[]), 'ATTENDED', now()
       ON CONFLICT ("activityId", "userId") DO UPDATE SET attendance = 'ATTENDED'`,
      [activityId, userIds],
    );
  }
}
