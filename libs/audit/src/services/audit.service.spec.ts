import { changedFields } from './audit.service';

interface Program {
  name: string;
  fiscalYear: number;
  startsOn: string;
  endedAt: Date | null;
  tags: string[];
  prefecture?: string | null;
}

describe('changedFields', () => {
  const before: Program = {
    name: '令和7年度 担い手育成プログラム',
    fiscalYear: 2025,
    startsOn: '2025-06-01',
    endedAt: null,
    tags: ['OJT'],
    prefecture: '大阪府',
  };

  it('lists only the fields whose value changed, in the order asked', () => {
    const after = { ...before, fiscalYear: 2026, name: '令和8年度 担い手育成プログラム' };
    expect(changedFields(before, after, ['fiscalYear', 'name', 'startsOn'])).toEqual([
      { field: 'fiscalYear', from: 2025, to: 2026 },
      { field: 'name', from: '令和7年度 担い手育成プログラム', to: '令和8年度 担い手育成プログラム' },
    ]);
  });

  it('records a creation (no before) with null as the previous value, skipping empty fields', () => {
    expect(changedFields<Program>(null, { ...before, prefecture: null }, ['name', 'prefecture'])).toEqual([
      { field: 'name', from: null, to: '令和7年度 担い手育成プログラム' },
    ]);
  });

  it('stores dates as ISO strings and compares them by value', () => {
    const endedAt = new Date('2026-03-31T09:00:00.000Z');
    expect(changedFields(before, { ...before, endedAt }, ['endedAt'])).toEqual([
      { field: 'endedAt', from: null, to: '2026-03-31T09:00:00.000Z' },
    ]);
    const same = { ...before, endedAt: new Date(endedAt.getTime()) };
    expect(changedFields({ ...before, endedAt }, same, ['endedAt'])).toEqual([]);
  });

  it('compares lists by content and treats undefined like null', () => {
    expect(changedFields(before, { ...before, tags: ['OJT'] }, ['tags'])).toEqual([]);
    expect(changedFields(before, { ...before, tags: ['OJT', 'Off-JT'] }, ['tags'])).toEqual([
      { field: 'tags', from: ['OJT'], to: ['OJT', 'Off-JT'] },
    ]);
    expect(
      changedFields<Program>({ ...before, prefecture: undefined }, { ...before, prefecture: null }, ['prefecture']),
    ).toEqual([]);
  });

  it('returns nothing when nothing changed', () => {
    expect(changedFields(before, { ...before }, ['name', 'fiscalYear', 'startsOn', 'endedAt', 'tags'])).toEqual([]);
  });
});
