import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '@banso/core';
import { StatusPurpose } from '../credentials.enums';

/**
 * One W3C Bitstring Status List: a bitstring of `sizeBits` bits (bit 0 = left-most bit of the first byte) and the
 * next index to hand out. Indexes are allocated under the row's lock, so two issuances never share one.
 */
@Entity('credential_status_list')
@Index(['purpose', 'createdAt'])
@Check('credential_status_list_size_check', `octet_length("bitstring") * 8 = "sizeBits"`)
@Check('credential_status_list_next_index_check', `"nextIndex" >= 0 AND "nextIndex" <= "sizeBits"`)
@Check('credential_status_list_multiplier_check', `"multiplier" % 2 = 1`)
export class CredentialStatusListEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: StatusPurpose })
  purpose: StatusPurpose;

  @Column({ type: 'int' })
  sizeBits: number;

  /** How many entries were handed out; the next one is entry number `nextIndex`. */
  @Column({ type: 'int', default: 0 })
  nextIndex: number;

  /** Odd, random per list: entry n sits at bit (n × multiplier) mod sizeBits, scattering neighbours. */
  @Column({ type: 'int' })
  multiplier: number;

  @Column({ type: 'bytea' })
  bitstring: Buffer;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
