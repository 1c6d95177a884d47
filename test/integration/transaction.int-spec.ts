import 'reflect-metadata';
import { Injectable, Module } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Test } from '@nestjs/testing';
import { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { Column, DataSource, Entity, PrimaryGeneratedColumn, Repository } from 'typeorm';
import {
  afterCommit,
  ConfigModule,
  DatabaseModule,
  ErrorResult,
  InTransaction,
  Locale,
  runInTransaction,
  TransactionContext,
} from '@banso/core';
import { createTestDatabase, TestDatabase, testConfig } from '../utils/test-env';

@Entity('scratch_note')
class ScratchNoteEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('text')
  note!: string;
}

@ObjectType({ implements: () => [ErrorResult] })
class NotTodayError extends ErrorResult {
  @Field()
  reason = 'test';
  constructor() {
    super('NOT_TODAY', Locale.EN, { ja: '今日はだめです', en: 'Not today' });
  }
}

/** A read-only service of its own module, like ProgramAccessService seen from ojt. */
@Injectable()
class NoteReader {
  constructor(@InjectRepository(ScratchNoteEntity) private readonly notes: Repository<ScratchNoteEntity>) {}

  count(): Promise<number> {
    return this.notes.count();
  }

  async backend(): Promise<number> {
    const [row] = await this.notes.query<{ pid: number }[]>(`SELECT pg_backend_pid() AS pid`);
    return row.pid;
  }
}

@Module({ imports: [DatabaseModule.forFeature([ScratchNoteEntity])], providers: [NoteReader], exports: [NoteReader] })
class ReaderModule {}

interface Seen {
  count: number;
  writerBackend: number;
  readerBackend: number;
}

/** A use-case service of another module: writes, then asks the reader. */
@Injectable()
class NoteWriter {
  constructor(
    @InjectRepository(ScratchNoteEntity) private readonly notes: Repository<ScratchNoteEntity>,
    private readonly reader: NoteReader,
    private readonly transaction: TransactionContext,
  ) {}

  @InTransaction()
  async writeAndAsk(note: string): Promise<Seen> {
    await this.notes.insert({ note });
    const [row] = await this.transaction.manager.query<{ pid: number }[]>(`SELECT pg_backend_pid() AS pid`);
    return { count: await this.reader.count(), writerBackend: row.pid, readerBackend: await this.reader.backend() };
  }

  @InTransaction()
  async writeThenRefuse(note: string): Promise<NotTodayError | Seen> {
    await this.notes.insert({ note });
    afterCommit(() => Promise.reject(new Error('must not run: rolled back')));
    return new NotTodayError();
  }

  @InTransaction()
  async writeThenThrow(note: string): Promise<Seen> {
    await this.notes.insert({ note });
    throw new Error('boom');
  }

  @InTransaction()
  async outerCallsInner(): Promise<number[]> {
    const outer = await this.reader.backend();
    const inner = await this.writeAndAsk('inner');
    return [outer, inner.writerBackend, inner.readerBackend];
  }
}

@Module({ imports: [DatabaseModule.forFeature([ScratchNoteEntity]), ReaderModule], providers: [NoteWriter] })
class WriterModule {}

describe('one transaction per use case (CLS transaction host)', () => {
  let database: TestDatabase;
  let context: INestApplicationContext;
  let writer: NoteWriter;
  let outsider: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(testConfig(database)), DatabaseModule.forRoot({ migrations: [] }), WriterModule],
    }).compile();
    context = await moduleRef.init();
    await context.get(DataSource).query(`CREATE TABLE scratch_note (id serial PRIMARY KEY, note text NOT NULL)`);
    writer = context.get(NoteWriter);
    outsider = new Client({ connectionString: database.url });
    await outsider.connect();
  });
  afterAll(async () => {
    await outsider.end();
    await context.close();
    await database.drop();
  });

  const committedRows = async (): Promise<number> =>
    (await outsider.query<{ n: number }>(`SELECT count(*)::int AS n FROM scratch_note`)).rows[0].n;

  it("a service of another module called inside the use case sees the transaction's own writes on the same backend", async () => {
    const before = await committedRows();
    const seen = await writer.writeAndAsk('visit planned');
    expect(seen.count).toBe(before + 1);
    expect(seen.readerBackend).toBe(seen.writerBackend);
    expect(await committedRows()).toBe(before + 1);
  });

  it('outside a use case the same repositories work on the pool', async () => {
    const reader = context.get(NoteReader);
    expect(await reader.count()).toBe(await committedRows());
  });

  it('a use case called inside another joins its transaction (one backend throughout)', async () => {
    const backends = await writer.outerCallsInner();
    expect(new Set(backends).size).toBe(1);
  });

  it('commits, then runs the after-commit tasks outside the transaction', async () => {
    const seen: number[] = [];
    await runInTransaction(async () => {
      await context.get(TransactionContext).manager.query(`INSERT INTO scratch_note (note) VALUES ('committed')`);
      afterCommit(async () => {
        seen.push(await committedRows());
      });
    });
    // The task saw the committed row from another connection: it ran after the commit.
    expect(seen).toEqual([await committedRows()]);
  });

  it('rolls back everything when the use case returns an ErrorResult, returns it, and skips after-commit tasks', async () => {
    const before = await committedRows();
    const result = await writer.writeThenRefuse('half written');
    expect(result).toBeInstanceOf(NotTodayError);
    expect(await committedRows()).toBe(before);
  });

  it('rolls back and rethrows on an exception', async () => {
    const before = await committedRows();
    await expect(writer.writeThenThrow('doomed')).rejects.toThrow('boom');
    expect(await committedRows()).toBe(before);
  });

  it('refuses after-commit work outside a transaction', () => {
    expect(() => afterCommit(() => Promise.resolve())).toThrow(/needs a transaction/);
  });
});
