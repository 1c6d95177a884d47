import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '@banso/core';
import { OrganizationKind, OrganizationSector } from '../identity.enums';

@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: OrganizationKind })
  kind: OrganizationKind;

  @Column({ type: 'enum', enum: OrganizationSector })
  sector: OrganizationSector;

  @Column({ type: 'varchar', length: 20, nullable: true })
  prefecture: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
