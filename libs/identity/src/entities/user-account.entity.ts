import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Locale, SystemRole, UpdatedAt } from '@banso/core';
import { OrganizationEntity } from './organization.entity';
import { UserStatus } from '../identity.enums';

@Entity('user_account')
export class UserAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Normalised (trimmed, lower-cased) so uniqueness is case-insensitive. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organizationId' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'enum', enum: Locale, default: Locale.JA })
  locale: Locale;

  @Column({ type: 'enum', enum: SystemRole, default: SystemRole.USER })
  systemRole: SystemRole;

  @Column({ type: 'enum', enum: UserStatus, default: UserStatus.ACTIVE })
  status: UserStatus;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
