import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { randomInt } from 'node:crypto';
import { runInTransaction } from '@banso/core';
import { StatusPurpose } from '../credentials.enums';
import { StatusEntryNotFoundError } from '../credentials.errors';
import { CredentialStatusListEntity } from '../entities/status-list.entity';
import { emptyBitstring, getBit, MIN_STATUS_LIST_BITS } from './bitstring';
import { StatusEntryRef } from '../credentials.mapper';

/** Each list holds the spec's minimum, 2^17 entries: a power of two, so an odd multiplier permutes the indexes. */
export const STATUS_LIST_SIZE_BITS = MIN_STATUS_LIST_BITS;

/** Serialises the creation of a new list when the current one is full (the allocation itself locks the list row). */
const NEW_LIST_LOCK = 0x62616e73; // "bans"

/**
 * The position of the n-th credential of a list: n × (an odd multiplier, different per list) mod 2^17. A bijection,
 * so every allocation gets its own bit, while neighbouring indexes do not reveal who was certified together (the
 * spec's herd privacy).
 */
export function scatteredIndex(sequence: number, multiplier: number, sizeBits: number = STATUS_LIST_SIZE_BITS): number {
  return Number((BigInt(sequence) * BigInt(multiplier)) % BigInt(sizeBits));
}

/** Status lists: allocating an entry to a new credential, setting its bit on revocation, reading it. */
@Injectable()
export class StatusListService {
  constructor(
    @InjectRepository(CredentialStatusListEntity) private readonly lists: Repository<CredentialStatusListEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * A fresh, never-used entry, in the caller's transaction (one is opened when there is none): the list row is
   * locked while its counter moves, so concurrent issuances get distinct indexes, and a rolled-back issuance frees
   * nothing anyone else could have taken. A full list is followed by a new one.
   */
  allocate(purpose: StatusPurpose = StatusPurpose.REVOCATION): Promise<StatusEntryRef> {
    return runInTransaction(async () => {
      const taken = await this.takeNext(purpose);
      if (taken) return taken;
      await this.lists.query('SELECT pg_advisory_xact_lock($1)', [NEW_LIST_LOCK]);
      const again = await this.takeNext(purpose);
      if (again) return again;
      const list = await this.lists.save(
        this.lists.create({
          purpose,
          sizeBits: STATUS_LIST_SIZE_BITS,
          multiplier: randomInt(0, STATUS_LIST_SIZE_BITS / 2) * 2 + 1,
          nextIndex: 1,
          bitstring: emptyBitstring(STATUS_LIST_SIZE_BITS),
        }),
      );
      return { statusListId: list.id, statusListIndex: scatteredIndex(0, list.multiplier, list.sizeBits) };
    });
  }

  /** Sets the entry's bit (idempotent), in the caller's transaction. */
  async revoke(statusListId: string, statusListIndex: number): Promise<void> {
    const [rows] = await this.lists.query<[{ id: string }[], number]>(
      `UPDATE credential_status_list
          SET bitstring = set_bit(bitstring, ($2::int / 8) * 8 + 7 - ($2::int % 8), 1), "updatedAt" = now()
        WHERE id = $1 AND $2::int >= 0 AND $2::int < "sizeBits"
        RETURNING id`,
      [statusListId, statusListIndex],
    );
    if (!rows.length) throw new StatusEntryNotFoundError(statusListId, statusListIndex);
  }

  /** Whether the entry's bit is set. */
  async isSet(statusListId: string, statusListIndex: number): Promise<boolean> {
    const list = await this.lists.findOneBy({ id: statusListId });
    if (!list || statusListIndex < 0 || statusListIndex >= list.sizeBits) {
      throw new StatusEntryNotFoundError(statusListId, statusListIndex);
    }
    return getBit(list.bitstring, statusListIndex);
  }

  /** The list as it is committed now (pooled, outside any transaction), or null for an unknown id. */
  async published(statusListId: string): Promise<CredentialStatusListEntity | null> {
    return this.dataSource.getRepository(CredentialStatusListEntity).findOneBy({ id: statusListId });
  }

  private async takeNext(purpose: StatusPurpose): Promise<StatusEntryRef | null> {
    const [rows] = await this.lists.query<
      [{ id: string; sequence: number; multiplier: number; sizeBits: number }[], number]
    >(
      `UPDATE credential_status_list SET "nextIndex" = "nextIndex" + 1
        WHERE id = (SELECT id FROM credential_status_list
                     WHERE purpose = $1 AND "nextIndex" < "sizeBits"
                     ORDER BY "createdAt", id LIMIT 1 FOR UPDATE)
          AND "nextIndex" < "sizeBits"
        RETURNING id, "nextIndex" - 1 AS sequence, multiplier, "sizeBits"`,
      [purpose],
    );
    const row = rows[0];
    return row
      ? { statusListId: row.id, statusListIndex: scatteredIndex(row.sequence, row.multiplier, row.sizeBits) }
      : null;
  }
}
