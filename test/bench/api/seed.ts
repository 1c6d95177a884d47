import * as argon2 from 'argon2';
import { Client } from 'pg';

/** Sizes of the seeded program (override with BENCH_TRAINEES / BENCH_VISITS). */
export interface SeedSizes {
  trainees: number;
  mentors: number;
  visitsPerTrainee: number;
}

export interface SeededProgram {
  programId: string;
  ownerId: string;
  /** The trainee whose records the read operations look at (paired with `mentorId`). */
  traineeId: string;
  traineeEmail: string;
  mentorId: string;
  behaviourIds: string[];
  /** POST_BRIEFED visits with a version-1 post-brief and one hypothesis each: the recordPostBrief pool. */
  postBriefed: { visitId: string; traineeId: string; hypothesisId: string }[];
  counts: Record<string, number>;
}

export const BENCH_PASSWORD = 'bench-password-0000';

/**
 * A realistic program written in a few set-based statements: an operator agency, two trainee organisations, an
 * owner, mentors each paired with a share of the trainees, one client company and support case per trainee, visits
 * in every state (most with pre-brief, hypotheses, post-brief, next action and feedback), and mentor and self
 * assessments on every behaviour.
 */
export async function seedProgram(client: Client, sizes: SeedSizes): Promise<SeededProgram> {
  const passwordHash = await argon2.hash(BENCH_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19 * 1024,
    timeCost: 2,
    parallelism: 1,
  });
  const one = async <T>(text: string, values: unknown[] = []): Promise<T> =>
    ((await client.query(text, values)).rows as T[])[0];
  const many = async <T>(text: string, values: unknown[] = []): Promise<T[]> =>
    (await client.query(text, values)).rows as T[];

  const operator = await one<{ id: string }>(
    `INSERT INTO organization (name, kind, sector, prefecture)
     VALUES ('おおさか中核人材活用推進機構', 'PUBLIC_AGENCY', 'PUBLIC', '大阪府') RETURNING id`,
  );
  const orgs = await many<{ id: string }>(
    `INSERT INTO organization (name, kind, sector, prefecture)
     VALUES ('なにわ商工会議所', 'CHAMBER_OF_COMMERCE', 'PUBLIC', '大阪府'),
            ('みおつくし銀行', 'REGIONAL_BANK', 'PRIVATE', '大阪府') RETURNING id`,
  );
  const program = await one<{ id: string }>(
    `INSERT INTO program (name, "fiscalYear", region, "operatorOrganizationId", "startsOn", "endsOn", status,
                          "frameworkId")
     VALUES ('令和7年度 担い手育成プログラム（ベンチ）', 2025, '大阪府', $1, '2025-06-01', '2026-02-28', 'ACTIVE',
             (SELECT id FROM competency_framework WHERE code = 'CORE_TALENT_SUPPORT' AND version = 1))
     RETURNING id`,
    [operator.id],
  );
  const owner = await one<{ id: string }>(
    `INSERT INTO user_account (email, "displayName", "organizationId", "passwordHash")
     VALUES ('owner@bench.test', '佐藤 美咲', $1, $2) RETURNING id`,
    [operator.id, passwordHash],
  );
  const mentors = await many<{ id: string }>(
    `INSERT INTO user_account (email, "displayName", "organizationId", "passwordHash")
     SELECT 'mentor' || n || '@bench.test', 'メンター ' || n, $1, $2 FROM generate_series(1, $3::int) AS n
     ORDER BY n RETURNING id`,
    [operator.id, passwordHash, sizes.mentors],
  );
  const trainees = await many<{ id: string; email: string }>(
    `INSERT INTO user_account (email, "displayName", "organizationId", "passwordHash", locale)
     SELECT 'trainee' || n || '@bench.test', '受講者 ' || n, ($1::uuid[])[1 + n % 2], $2,
            CASE WHEN n % 5 = 0 THEN 'en' ELSE 'ja' END::user_account_locale_enum
     FROM generate_series(1, $3::int) AS n ORDER BY n RETURNING id, email`,
    [orgs.map((o) => o.id), passwordHash, sizes.trainees],
  );
  const traineeIds = trainees.map((t) => t.id);
  const mentorIds = mentors.map((m) => m.id);
  await client.query(
    `INSERT INTO program_member ("programId", "userId", role)
     SELECT $1::uuid, $2::uuid, 'OWNER'::program_member_role_enum
     UNION ALL SELECT $1::uuid, unnest($3::uuid[]), 'MENTOR'
     UNION ALL SELECT $1::uuid, unnest($4::uuid[]), 'TRAINEE'`,
    [program.id, owner.id, mentorIds, traineeIds],
  );
  // Trainee i is paired with mentor i mod M.
  await client.query(
    `INSERT INTO mentorship ("programId", "mentorId", "traineeId")
     SELECT $1, ($2::uuid[])[1 + (t.i - 1) % cardinality($2::uuid[])], t.id
     FROM unnest($3::uuid[]) WITH ORDINALITY AS t(id, i)`,
    [program.id, mentorIds, traineeIds],
  );
  // One client company and one open support case per trainee.
  await client.query(
    `WITH t AS (SELECT u.id, u."organizationId", row_number() OVER (ORDER BY u.email) AS i
                FROM user_account u WHERE u.id = ANY($2::uuid[])),
          company AS (
            INSERT INTO client_company ("organizationId", name, industry, "employeeCount", prefecture, notes, "createdById")
            SELECT t."organizationId", '株式会社なにわ精工 ' || t.i, '製造業', 20 + t.i, '大阪府',
                   '二代目社長。事業承継後の組織づくりが課題', t.id FROM t
            RETURNING id, "createdById")
     INSERT INTO support_case ("programId", "clientCompanyId", "leadTraineeId", "currentStep", status, "managementIssues")
     SELECT $1, company.id, company."createdById", 'STEP1', 'OPEN',
            '[{"title":"営業の属人化","detail":"社長に営業が集中"},{"title":"技術承継","detail":"熟練工の高齢化"}]'::jsonb
     FROM company`,
    [program.id, traineeIds],
  );
  // Visits 1…V of every case: the last three planned, then one visited without post-brief (overdue), two
  // post-briefed awaiting feedback, the rest with feedback given. One mentor (the trainee's) accompanies each.
  const V = sizes.visitsPerTrainee;
  await client.query(
    `INSERT INTO ojt_visit ("supportCaseId", "programId", "traineeId", number, status, "scheduledAt", "traineeRole",
                            "heldAt", "durationMinutes", "stepsPractised", summary, "postBriefedAt",
                            "feedbackGivenAt", "createdById")
     SELECT c.id, c."programId", c."leadTraineeId", n,
            (CASE WHEN n > $1 - 3 THEN 'PLANNED' WHEN n = $1 - 3 THEN 'VISITED'
                  WHEN n > $1 - 6 THEN 'POST_BRIEFED' ELSE 'FEEDBACK_GIVEN' END)::ojt_visit_status_enum,
            now() + ((n - $1 + 3) * interval '7 days'),
            (CASE n % 3 WHEN 0 THEN 'OBSERVER' WHEN 1 THEN 'CO_LEAD' ELSE 'LEAD' END)::ojt_visit_traineerole_enum,
            CASE WHEN n <= $1 - 3 THEN now() + ((n - $1 + 3) * interval '7 days') END,
            CASE WHEN n <= $1 - 3 THEN 90 END,
            CASE WHEN n <= $1 - 3 THEN ARRAY['STEP1']::ojt_visit_stepspractised_enum[]
                 ELSE ARRAY[]::ojt_visit_stepspractised_enum[] END,
            CASE WHEN n <= $1 - 3 THEN '社長と常務に経営課題をヒアリング' END,
            CASE WHEN n < $1 - 3 THEN now() + ((n - $1 + 3) * interval '7 days') + interval '1 day' END,
            CASE WHEN n < $1 - 5 THEN now() + ((n - $1 + 3) * interval '7 days') + interval '2 days' END,
            c."leadTraineeId"
     FROM support_case c CROSS JOIN generate_series(1, $1::int) AS n WHERE c."programId" = $2`,
    [V, program.id],
  );
  await client.query(
    `INSERT INTO ojt_visit_mentor ("visitId", "mentorId")
     SELECT v.id, m."mentorId" FROM ojt_visit v JOIN mentorship m ON m."traineeId" = v."traineeId"
     WHERE v."programId" = $1`,
    [program.id],
  );
  await client.query(
    `INSERT INTO pre_brief ("visitId", "companyInfoReviewed", "priorConsultation", "hearingItems", "meetingPlan",
                            version, "updatedById")
     SELECT v.id, 'HP・決算書・過去の相談記録を確認', '後継者育成と営業体制について相談あり',
            ARRAY['経営ビジョン', '営業体制の現状'], '冒頭で相談内容を再確認', 1, v."traineeId"
     FROM ojt_visit v WHERE v."programId" = $1 AND v.status <> 'PLANNED'`,
    [program.id],
  );
  await client.query(
    `INSERT INTO hypothesis ("visitId", position, kind, statement, verdict)
     SELECT v.id, 1, 'MANAGEMENT_ISSUE', '営業の属人化で新規開拓が止まっている',
            CASE WHEN v.status IN ('POST_BRIEFED', 'FEEDBACK_GIVEN') THEN 'CONFIRMED' END::hypothesis_verdict_enum
     FROM ojt_visit v WHERE v."programId" = $1 AND v.status <> 'PLANNED'`,
    [program.id],
  );
  await client.query(
    `INSERT INTO post_brief ("visitId", findings, "goodPoints", "improvementAreas", "improvementPlan",
                             "nextHearingItems", version, "updatedById")
     SELECT v.id, '営業の属人化より、技術承継が優先課題', '社長の想いを引き出せた', '質問が誘導的になる場面があった',
            'オープンクエスチョンを準備する', ARRAY['技術者の年齢構成'], 1, v."traineeId"
     FROM ojt_visit v WHERE v."programId" = $1 AND v.status IN ('POST_BRIEFED', 'FEEDBACK_GIVEN')`,
    [program.id],
  );
  await client.query(
    `INSERT INTO next_action ("supportCaseId", "visitId", description, "ownerId", "dueOn", status, position)
     SELECT v."supportCaseId", v.id, '技術者の年齢構成を確認する', v."traineeId", current_date + 14,
            (CASE WHEN v.number >= $2 - 7 THEN 'OPEN' ELSE 'DONE' END)::next_action_status_enum, 1
     FROM ojt_visit v WHERE v."programId" = $1 AND v.status IN ('POST_BRIEFED', 'FEEDBACK_GIVEN')`,
    [program.id, V],
  );
  await client.query(
    `INSERT INTO visit_feedback ("visitId", "mentorId", comment, "assessmentIds")
     SELECT v.id, vm."mentorId", '仮説の立て方が具体的になってきた', ARRAY[]::uuid[]
     FROM ojt_visit v JOIN ojt_visit_mentor vm ON vm."visitId" = v.id
     WHERE v."programId" = $1 AND v.status = 'FEEDBACK_GIVEN'`,
    [program.id],
  );
  const behaviours = await many<{ id: string }>(
    `SELECT b.id FROM behaviour b JOIN program p ON p."frameworkId" = b."frameworkId" WHERE p.id = $1
     ORDER BY b.ordinal`,
    [program.id],
  );
  const behaviourIds = behaviours.map((b) => b.id);
  // Two mentor ratings (an older and a newer one) and one self rating per trainee and behaviour.
  await client.query(
    `INSERT INTO assessment ("programId", "traineeId", "behaviourId", level, source, "assessorId", "recordedAt")
     SELECT $1, t.id, b.id, ((t.i + b.i + r) % 5)::smallint,
            (CASE WHEN r = 2 THEN 'SELF' ELSE 'MENTOR' END)::assessment_source_enum,
            CASE WHEN r = 2 THEN t.id ELSE m."mentorId" END,
            now() - ((3 - r) * interval '10 days')
     FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, i)
     JOIN mentorship m ON m."traineeId" = t.id
     CROSS JOIN unnest($3::uuid[]) WITH ORDINALITY AS b(id, i)
     CROSS JOIN generate_series(0, 2) AS r`,
    [program.id, traineeIds, behaviourIds],
  );
  const postBriefed = await many<{ visitId: string; traineeId: string; hypothesisId: string }>(
    `SELECT v.id AS "visitId", v."traineeId", h.id AS "hypothesisId"
     FROM ojt_visit v JOIN hypothesis h ON h."visitId" = v.id
     WHERE v."programId" = $1 AND v.status = 'POST_BRIEFED' ORDER BY v."traineeId", v.number`,
    [program.id],
  );
  await client.query('ANALYZE');
  const counts: Record<string, number> = {};
  for (const table of ['user_account', 'ojt_visit', 'pre_brief', 'post_brief', 'next_action', 'assessment']) {
    const row = await one<{ count: number }>(`SELECT count(*)::int AS count FROM "${table}"`);
    counts[table] = row.count;
  }
  return {
    programId: program.id,
    ownerId: owner.id,
    traineeId: traineeIds[0],
    traineeEmail: trainees[0].email,
    mentorId: mentorIds[0],
    behaviourIds,
    postBriefed,
    counts,
  };
}
