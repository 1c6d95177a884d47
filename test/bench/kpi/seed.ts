import { Client } from 'pg';

/** Sizes of the generated dataset (`npm run bench:seed -- --trainees N --visits N --assessments N`). */
export interface KpiSeedSizes {
  trainees: number;
  visits: number;
  assessments: number;
}

export interface KpiSeeded {
  fiscalYear: number;
  adminId: string;
  /** The first program and its owner (the "one program" report). */
  programId: string;
  ownerId: string;
  counts: Record<string, number>;
}

export const BENCH_FISCAL_YEAR = 2025;

const KINDS = [
  'PRO_TALENT_HUB',
  'YOROZU_SUPPORT_CENTER',
  'PUBLIC_AGENCY',
  'SHOKOKAI',
  'CHAMBER_OF_COMMERCE',
  'REGIONAL_BANK',
  'SHINKIN_BANK',
  'TAX_ACCOUNTANT',
  'SME_CONSULTANT',
  'NPO',
  'MUNICIPALITY',
  'TALENT_FIRM',
  'UNIVERSITY',
  'OTHER',
];

const PREFECTURES =
  '北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県'.split(
    ' ',
  );

const ACTIVITY_KINDS = [
  'KICKOFF',
  'LECTURE',
  'ELEARNING',
  'HANDBOOK',
  'CASE_STUDY',
  'WORKSHOP',
  'ROLE_PLAY',
  'DEMO_SEMINAR',
  'FIELDWORK',
  'LECTURE',
  'ELEARNING',
  'WORKSHOP',
];
const AIDA = ['ATTENTION', 'INTEREST', 'DESIRE', 'ACTION'];

/**
 * A national-scale fiscal year written in set-based statements (generate_series, no API): 400 support organisations
 * over 47 prefectures and 14 kinds, one program per 500 trainees, a mentor per 10 trainees, 1.2 client companies and
 * cases per trainee, the visits in every state spread over the year (5 % cancelled, 15 % not held yet) with briefs,
 * hypotheses, next actions and feedback, milestones (40 % job openings, 20 % matched, 5 % dropped), STEP moves,
 * hand-offs, 12 off-JT activities per program with participations, and the assessments (mentor and self ratings).
 */
export async function seedKpiDataset(client: Client, sizes: KpiSeedSizes): Promise<KpiSeeded> {
  const fy = BENCH_FISCAL_YEAR;
  const start = `${fy}-04-01T00:00:00+09:00`;
  const T = sizes.trainees;
  const P = Math.max(1, Math.round(T / 500));
  const M = Math.max(P, Math.round(T / 10));
  const ORGS = 400;
  const q = (text: string, values: unknown[] = []) => client.query(text, values);
  const step = async (label: string, text: string, values: unknown[] = []) => {
    const started = Date.now();
    const result = await q(text, values);
    process.stdout.write(`  ${label}: ${result.rowCount ?? 0} rows, ${Date.now() - started} ms\n`);
  };

  await step(
    'organisations',
    `INSERT INTO organization (name, kind, sector, prefecture)
     SELECT '支援機関 ' || n, ($1::text[])[1 + n % cardinality($1::text[])]::organization_kind_enum,
            (CASE WHEN n % 3 = 0 THEN 'PRIVATE' ELSE 'PUBLIC' END)::organization_sector_enum,
            ($2::text[])[1 + (n * 7) % cardinality($2::text[])]
     FROM generate_series(1, $3::int) AS n`,
    [KINDS, PREFECTURES, ORGS],
  );
  await q(`CREATE TEMP TABLE bench_org AS SELECT id, row_number() OVER (ORDER BY name, id) AS i FROM organization`);
  await step(
    'programs',
    `INSERT INTO program (name, "fiscalYear", region, "operatorOrganizationId", "startsOn", "endsOn", status, "frameworkId")
     SELECT '令和7年度 担い手育成プログラム ' || n, $1, '全国', (SELECT id FROM bench_org WHERE i = 1 + n % 5),
            $2::date, ($2::date + interval '1 year' - interval '1 day')::date, 'ACTIVE',
            (SELECT id FROM competency_framework WHERE code = 'CORE_TALENT_SUPPORT' AND version = 1)
     FROM generate_series(1, $3::int) AS n`,
    [fy, `${fy}-04-01`, P],
  );
  await q(`CREATE TEMP TABLE bench_program AS SELECT id, row_number() OVER (ORDER BY name) AS i FROM program`);
  await step(
    'accounts',
    `INSERT INTO user_account (email, "displayName", "organizationId", "passwordHash", "systemRole")
     SELECT 'admin@kpi.bench', '管理者', (SELECT id FROM bench_org WHERE i = 1), 'bench-no-login',
            'ADMIN'::user_account_systemrole_enum
     UNION ALL
     SELECT 'owner' || n || '@kpi.bench', '実証機関担当 ' || n, (SELECT id FROM bench_org WHERE i = 1 + n % 5),
            'bench-no-login', 'USER' FROM generate_series(1, $1::int) AS n
     UNION ALL
     SELECT 'mentor' || n || '@kpi.bench', 'メンター ' || n, (SELECT id FROM bench_org WHERE i = 1 + (n * 13) % $4),
            'bench-no-login', 'USER' FROM generate_series(1, $2::int) AS n
     UNION ALL
     SELECT 'trainee' || n || '@kpi.bench', '担い手 ' || n, (SELECT id FROM bench_org WHERE i = 1 + (n * 7) % $4),
            'bench-no-login', 'USER' FROM generate_series(1, $3::int) AS n`,
    [P, M, T, ORGS],
  );
  // Person n of a role belongs to program 1 + (n - 1) % P.
  await q(
    `CREATE TEMP TABLE bench_person AS
     SELECT u.id, u."organizationId", split_part(u.email, '@', 1) AS handle,
            regexp_replace(split_part(u.email, '@', 1), '[0-9]+$', '') AS role,
            NULLIF(regexp_replace(split_part(u.email, '@', 1), '^[a-z]+', ''), '')::int AS n
     FROM user_account u WHERE u.email LIKE '%@kpi.bench'`,
  );
  await q(`ALTER TABLE bench_person ADD COLUMN "programId" uuid`);
  await q(
    `UPDATE bench_person p SET "programId" = bp.id FROM bench_program bp
     WHERE p.role IN ('owner', 'mentor', 'trainee') AND bp.i = 1 + (p.n - 1) % $1`,
    [P],
  );
  await step(
    'memberships',
    `INSERT INTO program_member ("programId", "userId", role, status, "withdrawnAt")
     SELECT "programId", id, upper(role)::program_member_role_enum,
            (CASE WHEN role = 'trainee' AND n % 50 = 0 THEN 'WITHDRAWN' ELSE 'ACTIVE' END)::program_member_status_enum,
            CASE WHEN role = 'trainee' AND n % 50 = 0 THEN $1::timestamptz + interval '200 days' END
     FROM bench_person WHERE role IN ('owner', 'mentor', 'trainee')`,
    [start],
  );
  await q(
    `CREATE TEMP TABLE bench_trainee AS
     SELECT t.id, t."organizationId", t."programId", t.n, m.id AS "mentorId"
     FROM bench_person t JOIN bench_person m ON m.role = 'mentor' AND m."programId" = t."programId"
       AND m.n = 1 + ((t.n - 1) % $1) + $1 * (((t.n - 1) / $1) % GREATEST(1, $2 / $1))
     WHERE t.role = 'trainee'`,
    [P, M],
  );
  await step(
    'mentorships',
    `INSERT INTO mentorship ("programId", "mentorId", "traineeId") SELECT "programId", "mentorId", id FROM bench_trainee`,
  );
  await step(
    'client companies',
    `INSERT INTO client_company ("organizationId", name, industry, "employeeCount", prefecture, "createdById")
     SELECT t."organizationId", '株式会社ベンチ ' || t.n || '-' || k, '製造業', 10 + t.n % 200,
            ($1::text[])[1 + (t.n * 3) % cardinality($1::text[])], t.id
     FROM bench_trainee t CROSS JOIN generate_series(1, 2) AS k WHERE k = 1 OR t.n % 5 = 0`,
    [PREFECTURES],
  );
  await step(
    'support cases',
    `INSERT INTO support_case ("programId", "clientCompanyId", "leadTraineeId", "currentStep", status, "managementIssues",
                               "createdAt")
     SELECT t."programId", c.id, t.id, 'STEP0', 'OPEN', '[]'::jsonb, $1::timestamptz + ((t.n % 60) * interval '1 day')
     FROM client_company c JOIN bench_trainee t ON t.id = c."createdById"`,
    [start],
  );
  await q(
    `CREATE TEMP TABLE bench_case AS
     SELECT c.id, c."programId", c."leadTraineeId", c."clientCompanyId", t."mentorId", t."organizationId",
            row_number() OVER (ORDER BY c.id) AS i
     FROM support_case c JOIN bench_trainee t ON t.id = c."leadTraineeId"`,
  );
  await q(`CREATE INDEX ON bench_case (i)`);
  const [{ count: C }] = (await q(`SELECT count(*)::int AS count FROM bench_case`)).rows as { count: number }[];
  // Visit k: case 1 + (k - 1) % C; its state by h = (7k + its number on the case) mod 20, so every case mixes
  // them (0 cancelled, 1–2 planned, 3 pre-briefed, 4 visited, 5–6 post-briefed, else feedback given); held on one
  // of 360 days of the year.
  await step(
    'visits',
    `INSERT INTO ojt_visit ("supportCaseId", "programId", "traineeId", number, status, "scheduledAt", "traineeRole",
                            "heldAt", "recordedAt", "durationMinutes", "stepsPractised", summary, "cancelReason",
                            "cancelledAt", "postBriefedAt", "feedbackGivenAt", "createdById")
     SELECT c.id, c."programId", c."leadTraineeId", 1 + (k - 1) / $2, s.status::ojt_visit_status_enum, s.at,
            (CASE k % 3 WHEN 0 THEN 'OBSERVER' WHEN 1 THEN 'CO_LEAD' ELSE 'LEAD' END)::ojt_visit_traineerole_enum,
            CASE WHEN s.held THEN s.at END, CASE WHEN s.held THEN s.at + interval '3 hours' END,
            CASE WHEN s.held THEN 90 END,
            CASE WHEN s.held THEN ARRAY['STEP1']::ojt_visit_stepspractised_enum[] ELSE ARRAY[]::ojt_visit_stepspractised_enum[] END,
            CASE WHEN s.held THEN '経営課題のヒアリング' END,
            CASE WHEN s.status = 'CANCELLED' THEN '先方都合' END,
            CASE WHEN s.status = 'CANCELLED' THEN s.at - interval '1 day' END,
            CASE WHEN s.status IN ('POST_BRIEFED', 'FEEDBACK_GIVEN') THEN s.at + ((k % 10) * interval '1 day') END,
            CASE WHEN s.status = 'FEEDBACK_GIVEN' THEN s.at + ((k % 10) * interval '1 day') + ((k % 96) * interval '1 hour') END,
            c."leadTraineeId"
     FROM generate_series(1, $1::int) AS k
     JOIN bench_case c ON c.i = 1 + (k - 1) % $2
     CROSS JOIN LATERAL (SELECT
        CASE WHEN h = 0 THEN 'CANCELLED' WHEN h IN (1, 2) THEN 'PLANNED' WHEN h = 3 THEN 'PRE_BRIEFED'
             WHEN h = 4 THEN 'VISITED' WHEN h IN (5, 6) THEN 'POST_BRIEFED' ELSE 'FEEDBACK_GIVEN' END AS status,
        $3::timestamptz + (((k * 7919) % 360) * interval '1 day') + interval '10 hours' AS at,
        h >= 4 AS held
        FROM (SELECT ((k * 7) + (k - 1) / $2) % 20 AS h) AS hashed) AS s`,
    [sizes.visits, C, start],
  );
  await step(
    'visit mentors',
    `INSERT INTO ojt_visit_mentor ("visitId", "mentorId")
     SELECT v.id, c."mentorId" FROM ojt_visit v JOIN bench_case c ON c.id = v."supportCaseId"`,
  );
  await step(
    'pre-briefs',
    `INSERT INTO pre_brief ("visitId", "companyInfoReviewed", "priorConsultation", "hearingItems", "meetingPlan", version,
                            "updatedById", "createdAt", "updatedAt")
     SELECT v.id, '決算書とHPを確認', '後継者育成の相談', ARRAY['経営ビジョン'], '経営課題を伺う', 1, v."traineeId",
            v."scheduledAt" - CASE WHEN v.number % 10 = 0 THEN interval '-1 day' ELSE interval '2 days' END,
            v."scheduledAt" - interval '1 day'
     FROM ojt_visit v WHERE v.status NOT IN ('PLANNED', 'CANCELLED')`,
  );
  await step(
    'hypotheses',
    `INSERT INTO hypothesis ("visitId", position, kind, statement, verdict)
     SELECT v.id, 1, 'MANAGEMENT_ISSUE', '営業の属人化',
            CASE WHEN v.status IN ('POST_BRIEFED', 'FEEDBACK_GIVEN')
                 THEN (ARRAY['CONFIRMED', 'REVISED', 'REJECTED'])[1 + v.number % 3] END::hypothesis_verdict_enum
     FROM ojt_visit v WHERE v.status NOT IN ('PLANNED', 'CANCELLED')`,
  );
  await step(
    'post-briefs',
    `INSERT INTO post_brief ("visitId", findings, "goodPoints", "improvementAreas", "improvementPlan", "nextHearingItems",
                             version, "updatedById", "createdAt", "updatedAt")
     SELECT v.id, '技術承継が優先課題', '想いを引き出せた', '質問が誘導的', 'オープンクエスチョン', ARRAY['年齢構成'], 1,
            v."traineeId", v."postBriefedAt", v."postBriefedAt"
     FROM ojt_visit v WHERE v.status IN ('POST_BRIEFED', 'FEEDBACK_GIVEN')`,
  );
  await step(
    'next actions',
    `INSERT INTO next_action ("supportCaseId", "visitId", position, description, "ownerId", "dueOn", status, "closedAt")
     SELECT v."supportCaseId", v.id, 1, '年齢構成を確認する', v."traineeId", (v."heldAt" + interval '14 days')::date,
            (CASE WHEN v.number % 10 < 7 THEN 'DONE' ELSE 'OPEN' END)::next_action_status_enum,
            CASE WHEN v.number % 10 < 7 THEN v."heldAt" + ((v.number % 20) * interval '1 day') END
     FROM ojt_visit v WHERE v.status IN ('POST_BRIEFED', 'FEEDBACK_GIVEN')`,
  );
  await step(
    'feedback',
    `INSERT INTO visit_feedback ("visitId", "mentorId", comment, "assessmentIds", "createdAt")
     SELECT v.id, c."mentorId", '仮説が具体的になってきた', ARRAY[]::uuid[], v."feedbackGivenAt"
     FROM ojt_visit v JOIN bench_case c ON c.id = v."supportCaseId" WHERE v.status = 'FEEDBACK_GIVEN'`,
  );
  await step(
    'step moves',
    `INSERT INTO support_case_step_move ("supportCaseId", "fromStep", "toStep", reason, "movedById", "movedAt")
     SELECT c.id, m.from_step::support_case_step_move_fromstep_enum, m.to_step::support_case_step_move_tostep_enum,
            '次のSTEPへ', c."leadTraineeId", $1::timestamptz + ((30 + c.i % 200 + m.o * 30) * interval '1 day')
     FROM bench_case c
     CROSS JOIN LATERAL (VALUES (0, 'STEP0', 'STEP1'), (1, 'STEP1', 'STEP2')) AS m(o, from_step, to_step)
     WHERE (m.o = 0 AND c.i % 5 < 3) OR (m.o = 1 AND c.i % 5 < 2)`,
    [start],
  );
  await q(
    `UPDATE support_case s SET "currentStep" = CASE WHEN c.i % 5 < 2 THEN 'STEP2' ELSE 'STEP1' END::support_case_currentstep_enum
     FROM bench_case c WHERE c.id = s.id AND c.i % 5 < 3`,
  );
  await step(
    'milestones',
    `INSERT INTO support_case_milestone ("supportCaseId", milestone, "occurredAt", "recordedById")
     SELECT c.id, m.kind::support_case_milestone_milestone_enum,
            $1::timestamptz + ((90 + c.i % 200 + m.o * 40) * interval '1 day'), c."leadTraineeId"
     FROM bench_case c
     CROSS JOIN LATERAL (VALUES (0, 'JOB_OPENING_CREATED'), (1, 'MATCHED'), (2, 'FOLLOW_UP_STARTED'), (1, 'DROPPED'))
       AS m(o, kind)
     WHERE (m.kind = 'JOB_OPENING_CREATED' AND c.i % 5 < 2) OR (m.kind = 'MATCHED' AND c.i % 5 = 0)
        OR (m.kind = 'FOLLOW_UP_STARTED' AND c.i % 10 = 0) OR (m.kind = 'DROPPED' AND c.i % 20 = 3)`,
    [start],
  );
  await q(`UPDATE support_case s SET status = 'DROPPED' FROM bench_case c WHERE c.id = s.id AND c.i % 20 = 3`);
  await step(
    'hand-offs',
    `INSERT INTO support_case_hand_off ("supportCaseId", "fromOrganizationId", "toOrganizationId", step, summary,
                                        "collectedInformation", "handedOffById", "handedOffAt")
     SELECT c.id, c."organizationId", o.id, 'STEP1', '専門機関へ引き継ぎ',
            '{"managementIssues": [], "talentRequirement": null}'::jsonb, c."leadTraineeId",
            $1::timestamptz + ((60 + c.i % 250) * interval '1 day')
     FROM bench_case c JOIN bench_org o ON o.i = 1 + (c.i * 13) % ${ORGS}
     WHERE c.i % 50 = 7 AND o.id <> c."organizationId"`,
    [start],
  );
  await step(
    'off-JT activities',
    `INSERT INTO learning_activity ("programId", kind, title, "aidaStage", "startsAt", "endsAt", capacity, "checkInCode",
                                    "createdById", "createdAt")
     SELECT p.id, ($2::text[])[a]::learning_activity_kind_enum, 'off-JT ' || a,
            ($3::text[])[1 + (a - 1) % 4]::learning_activity_aidastage_enum,
            CASE WHEN ($2::text[])[a] NOT IN ('ELEARNING', 'HANDBOOK') THEN $1::timestamptz + (a * interval '25 days') + interval '13 hours' END,
            CASE WHEN ($2::text[])[a] NOT IN ('ELEARNING', 'HANDBOOK') THEN $1::timestamptz + (a * interval '25 days') + interval '16 hours' END,
            NULL, 'BENCH' || a, o.id, $1::timestamptz + (a * interval '20 days')
     FROM bench_program p JOIN bench_person o ON o.role = 'owner' AND o."programId" = p.id
     CROSS JOIN generate_series(1, cardinality($2::text[])) AS a`,
    [start, ACTIVITY_KINDS, AIDA],
  );
  await step(
    'participations',
    `INSERT INTO participation ("activityId", "userId", "registrationStatus", "registeredAt", attendance,
                                "progressPercent", "completedAt", "acknowledgedAt")
     SELECT a.id, t.id,
            CASE WHEN a.kind NOT IN ('ELEARNING', 'HANDBOOK') AND t.n % 10 <> 0 THEN 'REGISTERED' END::participation_registrationstatus_enum,
            CASE WHEN a.kind NOT IN ('ELEARNING', 'HANDBOOK') AND t.n % 10 <> 0 THEN a."createdAt" END,
            CASE WHEN a.kind NOT IN ('ELEARNING', 'HANDBOOK') AND t.n % 10 <> 0
                 THEN (CASE WHEN t.n % 5 = 0 THEN 'ABSENT' ELSE 'ATTENDED' END) END::participation_attendance_enum,
            CASE WHEN a.kind = 'ELEARNING' THEN (t.n * 17) % 101 ELSE 0 END,
            CASE WHEN a.kind = 'ELEARNING' AND (t.n * 17) % 101 = 100 OR (a.kind = 'ELEARNING' AND t.n % 5 < 3)
                 THEN a."createdAt" + interval '10 days' END,
            CASE WHEN a.kind = 'HANDBOOK' AND t.n % 10 < 7 THEN a."createdAt" + interval '3 days' END
     FROM learning_activity a JOIN bench_trainee t ON t."programId" = a."programId"`,
  );
  const behaviours = (
    await q(
      `SELECT b.id FROM behaviour b JOIN competency_framework f ON f.id = b."frameworkId"
       WHERE f.code = 'CORE_TALENT_SUPPORT' AND f.version = 1 ORDER BY b.ordinal`,
    )
  ).rows as { id: string }[];
  await q(`CREATE TEMP TABLE bench_trainee_i AS SELECT *, row_number() OVER (ORDER BY n) AS i FROM bench_trainee`);
  await q(`CREATE INDEX ON bench_trainee_i (i)`);
  // Assessment n: trainee 1 + (n - 1) % T, behaviour 1 + ((n - 1) / T) % B, round (n - 1) / (T × B): every third
  // round is a self rating, the others mentor ratings; recorded through the year.
  await step(
    'assessments',
    `INSERT INTO assessment ("programId", "traineeId", "behaviourId", level, source, "assessorId", "recordedAt")
     SELECT t."programId", t.id, ($2::uuid[])[1 + ((x.n - 1) / $3) % cardinality($2::uuid[])],
            ((x.n * 31 + (x.n - 1) / ($3 * cardinality($2::uuid[]))) % 5)::smallint,
            (CASE WHEN ((x.n - 1) / ($3 * cardinality($2::uuid[]))) % 3 = 2 THEN 'SELF' ELSE 'MENTOR' END)::assessment_source_enum,
            CASE WHEN ((x.n - 1) / ($3 * cardinality($2::uuid[]))) % 3 = 2 THEN t.id ELSE t."mentorId" END,
            $4::timestamptz + (((x.n - 1) / ($3 * cardinality($2::uuid[])) * 20 + x.n % 15) * interval '1 day')
     FROM generate_series(1, $1::int) AS x(n) JOIN bench_trainee_i t ON t.i = 1 + (x.n - 1) % $3`,
    [sizes.assessments, behaviours.map((b) => b.id), T, start],
  );
  await q('ANALYZE');
  const counts: Record<string, number> = {};
  for (const table of [
    'organization',
    'program',
    'user_account',
    'program_member',
    'support_case',
    'ojt_visit',
    'support_case_milestone',
    'learning_activity',
    'participation',
    'assessment',
  ]) {
    counts[table] = ((await q(`SELECT count(*)::int AS n FROM ${table}`)).rows as { n: number }[])[0].n;
  }
  const ids = (
    await q(
      `SELECT (SELECT id FROM user_account WHERE email = 'admin@kpi.bench') AS "adminId",
              (SELECT id FROM bench_program WHERE i = 1) AS "programId",
              (SELECT p.id FROM bench_person p JOIN bench_program bp ON bp.id = p."programId"
               WHERE p.role = 'owner' AND bp.i = 1) AS "ownerId"`,
    )
  ).rows as { adminId: string; programId: string; ownerId: string }[];
  return { fiscalYear: fy, ...ids[0], counts };
}
