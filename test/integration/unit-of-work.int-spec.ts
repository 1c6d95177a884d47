import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult, Locale, UnitOfWork } from '@banso/core';
import { createTestDatabase, TestDatabase } from '../utils/test-env';

@ObjectType({ implements: () => [ErrorResult] })
class NotToday extends ErrorResult {
  @Field()
  reason = 'test';
  constructor() {
    super('NOT_TODAY', Locale.EN, { ja: '今日はだめです', en: 'Not today' });
  }
}

describe('UnitOfWork (one transaction per use case)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let unitOfWork: UnitOfWork;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    await dataSource.query(`CREATE TABLE scratch (id serial PRIMARY KEY, note text NOT NULL)`);
    unitOfWork = new UnitOfWork(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const rows = async (): Promise<number> =>
    Number((await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM scratch`))[0].n);

  it('commits the writes and then runs the after-commit tasks', async () => {
    const seen: number[] = [];
    await unitOfWork.run(async ({ manager, afterCommit }) => {
      await manager.query(`INSERT INTO scratch (note) VALUES ('visit planned')`);
      afterCommit(async () => {
        seen.push(await rows());
      });
    });
    // The task saw the committed row: it ran after the commit, outside the transaction.
    expect(seen).toEqual([1]);
  });

  it('rolls back everything when the use case returns an ErrorResult, and skips after-commit tasks', async () => {
    const before = await rows();
    let ran = false;
    const result = await unitOfWork.run(async ({ manager, afterCommit }) => {
      await manager.query(`INSERT INTO scratch (note) VALUES ('half written')`);
      afterCommit(() => Promise.resolve((ran = true)));
      return new NotToday();
    });
    expect(result).toBeInstanceOf(NotToday);
    expect(await rows()).toBe(before);
    expect(ran).toBe(false);
  });

  it('rolls back and rethrows on an exception', async () => {
    const before = await rows();
    await expect(
      unitOfWork.run(async ({ manager }) => {
        await manager.query(`INSERT INTO scratch (note) VALUES ('doomed')`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await rows()).toBe(before);
  });
});
