import { nextDailySlot } from './export-scheduler';

describe('nextDailySlot (daily export jobs at 00:05 in Japan)', () => {
  it('is today 00:05 JST when it is earlier in Japan, else tomorrow', () => {
    // 2026-11-30 14:00 UTC = 2026-11-30 23:00 JST → 2026-12-01 00:05 JST = 2026-11-30 15:05 UTC
    expect(nextDailySlot(new Date('2026-11-30T14:00:00Z'))).toEqual({
      day: '2026-12-01',
      runAt: new Date('2026-11-30T15:05:00Z'),
    });
    // 2026-11-30 15:04 UTC = 00:04 JST on the 1st → the same day's slot
    expect(nextDailySlot(new Date('2026-11-30T15:04:00Z')).day).toBe('2026-12-01');
    // exactly at the slot, or after it → the next day
    expect(nextDailySlot(new Date('2026-11-30T15:05:00Z')).day).toBe('2026-12-02');
    expect(nextDailySlot(new Date('2026-12-31T16:00:00Z'))).toEqual({
      day: '2027-01-02',
      runAt: new Date('2027-01-01T15:05:00Z'),
    });
  });
});
