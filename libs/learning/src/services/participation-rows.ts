import { EntityManager } from 'typeorm';
import { ParticipationEntity } from '../entities/participation.entity';
import { Participation } from '../models/learning-activity.model';
import { LearningActivityKind } from '../learning.enums';
import { toParticipation } from '../learning.mapper';

type ParticipationRow = ParticipationEntity & { kind: LearningActivityKind; waitlistPosition: number | null };

/**
 * Participations with their waitlist position (1 = next to get a seat) in one statement. `where` is SQL over `p`
 * (participation) and `activity` (its learning_activity).
 */
export async function selectParticipations(
  manager: EntityManager,
  where: string,
  parameters: unknown[],
  orderBy = 'p."activityId", p."queueNumber" NULLS LAST, p."createdAt", p.id',
): Promise<Participation[]> {
  const rows = await manager.query<ParticipationRow[]>(
    `SELECT p.*, activity.kind,
            CASE WHEN p."registrationStatus" = 'WAITLISTED' THEN
              (SELECT count(*)::int FROM participation w
               WHERE w."activityId" = p."activityId" AND w."registrationStatus" = 'WAITLISTED'
                 AND w."queueNumber" <= p."queueNumber")
            END AS "waitlistPosition"
     FROM participation p JOIN learning_activity activity ON activity.id = p."activityId"
     WHERE ${where}
     ORDER BY ${orderBy}`,
    parameters,
  );
  return rows.map((row) => toParticipation(row, row.kind, row.waitlistPosition));
}

export async function participationById(manager: EntityManager, id: string): Promise<Participation> {
  const [participation] = await selectParticipations(manager, 'p.id = $1', [id]);
  return participation;
}
