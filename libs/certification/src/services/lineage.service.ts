import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor } from '@banso/core';
import { IdentityService } from '@banso/identity';
import { CertificateEntity } from '../entities/certificate.entity';
import { LineageMember, MentorLineage } from '../models/certification.model';

/** How far up and down a lineage is followed. */
export const MAX_LINEAGE_GENERATIONS = 10;

/**
 * Who mentored whom into certification: an edge mentor → holder for every mentor the holder had in the program of a
 * (not revoked) certificate. One recursive statement walks up (mentors, their mentors…) and down (mentees…), with
 * each mentor's number of certified mentees; cycles are cut by the path.
 */
@Injectable()
export class LineageService {
  constructor(
    @InjectRepository(CertificateEntity) private readonly certificates: Repository<CertificateEntity>,
    private readonly identity: IdentityService,
  ) {}

  async mentorLineage(actor: Actor, userId: string): Promise<MentorLineage> {
    // NOT_FOUND unless the caller may see this account (self, admin, colleague, shared program).
    await this.identity.user(actor, userId);
    const rows = await this.certificates.query<
      { userId: string; generation: number; linkedToId: string | null; menteesCertified: number }[]
    >(
      `WITH RECURSIVE edge AS (
         SELECT DISTINCT m AS "mentorId", c."userId" AS "menteeId"
         FROM certificate c CROSS JOIN LATERAL unnest(c."mentorIds") AS m
         WHERE c.status <> 'REVOKED'
       ), up AS (
         SELECT e."mentorId" AS "userId", -1 AS generation, e."menteeId" AS "linkedToId",
                ARRAY[$1::uuid, e."mentorId"] AS path
         FROM edge e WHERE e."menteeId" = $1
         UNION ALL
         SELECT e."mentorId", up.generation - 1, e."menteeId", up.path || e."mentorId"
         FROM edge e JOIN up ON e."menteeId" = up."userId"
         WHERE NOT e."mentorId" = ANY(up.path) AND up.generation > -($2::int)
       ), down AS (
         SELECT e."menteeId" AS "userId", 1 AS generation, e."mentorId" AS "linkedToId",
                ARRAY[$1::uuid, e."menteeId"] AS path
         FROM edge e WHERE e."mentorId" = $1
         UNION ALL
         SELECT e."menteeId", down.generation + 1, e."mentorId", down.path || e."menteeId"
         FROM edge e JOIN down ON e."mentorId" = down."userId"
         WHERE NOT e."menteeId" = ANY(down.path) AND down.generation < $2::int
       ), people AS (
         SELECT $1::uuid AS "userId", 0 AS generation, NULL::uuid AS "linkedToId"
         UNION ALL
         (SELECT DISTINCT ON ("userId") "userId", generation, "linkedToId" FROM up
          WHERE "userId" <> $1 ORDER BY "userId", generation DESC)
         UNION ALL
         (SELECT DISTINCT ON ("userId") "userId", generation, "linkedToId" FROM down
          WHERE "userId" <> $1 ORDER BY "userId", generation ASC)
       )
       SELECT p."userId", p.generation, p."linkedToId",
              (SELECT count(DISTINCT e."menteeId")::int FROM edge e WHERE e."mentorId" = p."userId") AS "menteesCertified"
       FROM people p
       ORDER BY p.generation, p."userId"`,
      [userId, MAX_LINEAGE_GENERATIONS],
    );
    const users = await this.identity.usersByIds(rows.map((row) => row.userId));
    const members = rows.map((row, i) =>
      Object.assign(new LineageMember(), { ...row, displayName: users[i]?.displayName ?? '' }),
    );
    const generations = new Set(members.map((m) => m.generation)).size;
    return Object.assign(new MentorLineage(), { userId, members, generations });
  }
}
