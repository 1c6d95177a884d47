import { KpiFilterInput } from '../dto/kpi-filter.input';
import { snapshotKey } from './kpi-report.service';
import { dayJst, fiscalYearOf, KpiScope, monthsOf, oneDecimal, percent, startOfDayJst } from './kpi-scope';

const scope = (overrides: Partial<KpiScope> = {}): KpiScope => ({
  fiscalYear: 2023,
  programIds: null,
  periodStart: startOfDayJst('2023-04-01'),
  periodEnd: startOfDayJst('2024-04-01'),
  organizationKinds: null,
  prefecture: null,
  ...overrides,
});

describe('KPI periods and figures', () => {
  it('counts the Japanese fiscal year in Japan time, April to March', () => {
    expect(startOfDayJst('2023-04-01').toISOString()).toBe('2023-03-31T15:00:00.000Z');
    expect(fiscalYearOf(new Date('2024-03-31T14:59:59Z'))).toBe(2023);
    expect(fiscalYearOf(new Date('2024-03-31T15:00:00Z'))).toBe(2024);
    expect(dayJst(new Date('2023-06-30T20:00:00Z'))).toBe('2023-07-01');
    expect(monthsOf(scope())).toEqual([
      '2023-04',
      '2023-05',
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
    ]);
    expect(
      monthsOf(scope({ periodStart: startOfDayJst('2023-05-15'), periodEnd: startOfDayJst('2023-07-01') })),
    ).toEqual(['2023-05', '2023-06']);
  });

  it('rounds ⑤ to one decimal half up, as the national table does, and never divides by zero', () => {
    expect(oneDecimal(353, 84)).toBe(4.2);
    expect(oneDecimal(21, 5)).toBe(4.2);
    expect(oneDecimal(17, 4)).toBe(4.3); // 4.25 → 4.3
    expect(oneDecimal(5, 0)).toBeNull();
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(0, 0)).toBeNull();
  });

  it('serves only the canonical scopes from a snapshot', () => {
    const filter = (extra: Partial<KpiFilterInput> = {}): KpiFilterInput => ({ fiscalYear: 2023, ...extra });
    expect(snapshotKey(scope(), filter())).toBe('2023:all');
    expect(snapshotKey(scope({ programIds: ['p1'] }), filter())).toBe('2023:p1');
    expect(snapshotKey(scope({ programIds: ['p1', 'p2'] }), filter())).toBeNull();
    expect(snapshotKey(scope({ prefecture: '大阪府' }), filter({ prefecture: '大阪府' }))).toBeNull();
    expect(snapshotKey(scope(), filter({ from: '2023-04-01' }))).toBeNull();
  });
});
