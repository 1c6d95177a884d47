import { DataSource } from 'typeorm';

export interface FrameworkRow {
  id: string;
  /** Behaviour ids by code (e.g. `S1-LISTENING`). */
  behaviours: Record<string, string>;
}

/** Competency records for test stories, written straight to the database. */
export class CompetencyFactory {
  constructor(private readonly dataSource: DataSource) {}

  /** The framework installed by the migrations (CORE_TALENT_SUPPORT v1). */
  async defaultFramework(): Promise<FrameworkRow> {
    return this.framework('CORE_TALENT_SUPPORT', 1);
  }

  async framework(code: string, version: number): Promise<FrameworkRow> {
    const rows = await this.dataSource.query<{ frameworkId: string; code: string; id: string }[]>(
      `SELECT f.id AS "frameworkId", b.code, b.id
       FROM competency_framework f JOIN behaviour b ON b."frameworkId" = f.id
       WHERE f.code = $1 AND f.version = $2`,
      [code, version],
    );
    if (!rows.length) throw new Error(`framework ${code} v${version} not found`);
    return { id: rows[0].frameworkId, behaviours: Object.fromEntries(rows.map((row) => [row.code, row.id])) };
  }

  /** Inserts ratings in one statement: every trainee × every behaviour, level from the callback (null = skip). */
  async rateAll(
    programId: string,
    assessorId: string,
    traineeIds: string[],
    behaviourIds: string[],
    level: (traineeIndex: number, behaviourIndex: number) => number | null,
    source: 'SELF' | 'MENTOR' = 'MENTOR',
  ): Promise<number> {
    const values: { traineeId: string; behaviourId: string; level: number }[] = [];
    traineeIds.forEach((traineeId, t) =>
      behaviourIds.forEach((behaviourId, b) => {
        const value = level(t, b);
        if (value !== null) values.push({ traineeId, behaviourId, level: value });
      }),
    );
    await this.dataSource.query(
      `INSERT INTO assessment ("programId", "traineeId", "behaviourId", level, source, "assessorId")
       SELECT $1, r."traineeId", r."behaviourId", r.level, $2::assessment_source_enum, $3
       FROM jsonb_to_recordset($4::jsonb) AS r("traineeId" uuid, "behaviourId" uuid, level smallint)`,
      [programId, source, assessorId, JSON.stringify(values)],
    );
    return values.length;
  }

  /** Many trainees for one program at once (ids in insertion order). */
  async trainees(programId: string, organizationId: string, count: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO user_account (email, "displayName", "organizationId", "passwordHash")
       SELECT 'cohort-' || gen_random_uuid() || '@banso.test', '受講者 ' || n, $1, 'not-a-login'
       FROM generate_series(1, $2::int) AS n
       RETURNING id`,
      [organizationId, count],
    );
    const ids = rows.map((row) => row.id);
    await this.dataSource.query(
      `INSERT INTO program_member ("programId", "userId", role) SELECT $1, unnest($2::uuid[]), 'TRAINEE'`,
      [programId, ids],
    );
    return ids;
  }
}
