import { CreateDateColumn, UpdateDateColumn, Column, ColumnOptions } from 'typeorm';

/** Timestamps are stored to the millisecond so keyset cursors (ISO strings) compare exactly. */
export const CreatedAt = (): PropertyDecorator => CreateDateColumn({ type: 'timestamptz', precision: 3 });
export const UpdatedAt = (): PropertyDecorator => UpdateDateColumn({ type: 'timestamptz', precision: 3 });
export const Timestamp = (options: ColumnOptions = {}): PropertyDecorator =>
  Column({ type: 'timestamptz', precision: 3, ...options });
