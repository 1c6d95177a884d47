import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, Timestamp } from '@banso/core';
import { CertificateKind, CertificateStatus } from '../certification.enums';

/** A certificate (認定証) issued to a person in a program. Never deleted: revocation and expiry are states. */
@Entity('certificate')
@Index(['programId', 'userId', 'kind'], { unique: true, where: `"status" = 'ACTIVE'` })
@Index(['userId'])
@Index(['status', 'expiresAt'])
@Index(['statusListId', 'statusListIndex'], { unique: true })
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne('ProgramEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programId' })
  program?: object;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'userId' })
  user?: object;

  @Column({ type: 'enum', enum: CertificateKind })
  kind: CertificateKind;

  @Column({ type: 'enum', enum: CertificateStatus })
  status: CertificateStatus;

  /** Public, short and unguessable (10 characters of base32, 50 bits): what /verify/:code looks up. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 10 })
  verificationCode: string;

  @Timestamp()
  issuedAt: Date;

  @Timestamp()
  expiresAt: Date;

  /** Null when issued automatically (the rule's autoIssue). */
  @Column({ type: 'uuid', nullable: true })
  issuedById: string | null;

  /** The progress it was issued on: every criterion with its value, target and counted records. */
  @Column({ type: 'jsonb' })
  evidence: object;

  /** Who mentored the holder in the program when it was issued (the mentor lineage). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentorIds: string[];

  @Timestamp({ nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById: string | null;

  @Column({ type: 'text', nullable: true })
  revokeReason: string | null;

  @Timestamp({ nullable: true })
  expiredAt: Date | null;

  /** The signed Open Badges 3.0 VC-JWT, written by the credentials lib once issued. */
  @Column({ type: 'text', nullable: true })
  credentialJwt: string | null;

  /** The Bitstring Status List holding this certificate's revocation bit (credentials lib). */
  @Column({ type: 'uuid', nullable: true })
  statusListId: string | null;

  /** This certificate's bit in that list. */
  @Column({ type: 'int', nullable: true })
  statusListIndex: number | null;

  @CreatedAt()
  createdAt: Date;
}

/** An external advisor (外部アドバイザー) an owner allowed to mentor in a program without a MENTOR certificate. */
@Entity('certification_advisor')
@Index(['programId', 'userId'], { unique: true })
@Index(['userId'])
export class CertificationAdvisorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programId' })
  program?: object;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'userId' })
  user?: object;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid' })
  designatedById: string;

  @ManyToOne('UserAccountEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'designatedById' })
  designatedBy?: object;

  @CreatedAt()
  createdAt: Date;
}

/** A cohort re-evaluation (evaluateProgramCertifications) run by the worker in batches; done/total is its progress. */
@Entity('certification_evaluation_run')
@Index(['programId', 'createdAt'])
export class CertificationEvaluationRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programId' })
  program?: object;

  @Column({ type: 'uuid', array: true })
  traineeIds: string[];

  @Column({ type: 'int' })
  total: number;

  @Column({ type: 'int', default: 0 })
  done: number;

  @Column({ type: 'int', default: 0 })
  criteriaMetCount: number;

  @Column({ type: 'uuid' })
  requestedById: string;

  @CreatedAt()
  createdAt: Date;

  @Timestamp({ nullable: true })
  finishedAt: Date | null;
}
