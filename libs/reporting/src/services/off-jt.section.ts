import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { KpiSection } from '../models/kpi-report.model';
import { ACTIVITY_KIND_LABELS, AIDA_LABELS, FIGURES, SECTION_TITLES } from './kpi-definitions';
import { KpiScope, organizationMatches, percent, programInScope, scopeParameters } from './kpi-scope';
import { KpiSectionProvider, KpiSectionRegistry } from './kpi-section.registry';

const SELF_PACED = `('ELEARNING', 'HANDBOOK')`;

const SQL = `
  WITH act AS (
    SELECT a.id, a.kind::text AS kind, a."aidaStage"::text AS stage, a."startsAt"
    FROM learning_activity a
    WHERE ${programInScope('a."programId"')} AND a.status <> 'CANCELLED'
      AND COALESCE(a."startsAt", a."createdAt") >= $2::timestamptz AND COALESCE(a."startsAt", a."createdAt") < $3::timestamptz
  ),
  part AS (
    SELECT p."userId", p."registrationStatus", p.attendance, p."completedAt", p."acknowledgedAt", act.kind, act.stage,
           act."startsAt"
    FROM participation p JOIN act ON act.id = p."activityId"
    JOIN user_account u ON u.id = p."userId" JOIN organization o ON o.id = u."organizationId"
    WHERE ${organizationMatches('o')}
  )
  SELECT
    (SELECT COALESCE(jsonb_object_agg(kind, n), '{}') FROM (SELECT kind, count(*)::int AS n FROM act GROUP BY kind) k) AS sessions,
    (SELECT count(*)::int FROM part WHERE "registrationStatus" = 'REGISTERED' AND kind NOT IN ${SELF_PACED}) AS registrations,
    (SELECT count(*)::int FROM part WHERE "registrationStatus" = 'REGISTERED' AND kind NOT IN ${SELF_PACED}
       AND "startsAt" <= now()) AS "registeredStarted",
    (SELECT count(*)::int FROM part WHERE "registrationStatus" = 'REGISTERED' AND kind NOT IN ${SELF_PACED}
       AND "startsAt" <= now() AND attendance = 'ATTENDED') AS attended,
    (SELECT count(*)::int FROM part WHERE kind = 'ELEARNING') AS elearning,
    (SELECT count(*)::int FROM part WHERE kind = 'ELEARNING' AND "completedAt" IS NOT NULL) AS completed,
    (SELECT COALESCE(jsonb_object_agg(stage, n), '{}') FROM (
       SELECT stage, count(DISTINCT "userId")::int AS n FROM part
       WHERE attendance = 'ATTENDED' OR "completedAt" IS NOT NULL OR "acknowledgedAt" IS NOT NULL GROUP BY stage) s) AS stages`;

interface Row {
  sessions: Record<string, number>;
  registrations: number;
  registeredStarted: number;
  attended: number;
  elearning: number;
  completed: number;
  stages: Record<string, number>;
}

/** Off-JT: sessions per kind, registrations, attendance and e-learning completion, participants per AIDA stage. */
@Injectable()
export class OffJtSection implements KpiSectionProvider, OnModuleInit {
  readonly key = 'offJt';
  readonly order = 10;

  constructor(private readonly registry: KpiSectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async compute(scope: KpiScope, manager: EntityManager): Promise<KpiSection> {
    const [row] = await manager.query<Row[]>(SQL, scopeParameters(scope));
    return {
      key: this.key,
      titleJa: SECTION_TITLES.offJt.ja,
      titleEn: SECTION_TITLES.offJt.en,
      rows: [
        ...Object.keys(ACTIVITY_KIND_LABELS).map((kind) => ({
          ...FIGURES.sessionsHeld(kind),
          value: row.sessions[kind] ?? 0,
        })),
        { ...FIGURES.registrations, value: row.registrations },
        { ...FIGURES.attendanceRate, value: percent(row.attended, row.registeredStarted) },
        { ...FIGURES.elearningCompletionRate, value: percent(row.completed, row.elearning) },
        ...Object.keys(AIDA_LABELS).map((stage) => ({
          ...FIGURES.aidaParticipants(stage),
          value: row.stages[stage] ?? 0,
        })),
      ],
    };
  }
}
