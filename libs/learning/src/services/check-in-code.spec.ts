import {
  checkInCodeMatches,
  checkInWindow,
  CHECK_IN_CODE_LENGTH,
  generateCheckInCode,
  isWithin,
} from './check-in-code';

describe('check-in code', () => {
  it('is six characters of the unambiguous alphabet', () => {
    for (let i = 0; i < 50; i += 1) {
      const code = generateCheckInCode();
      expect(code).toHaveLength(CHECK_IN_CODE_LENGTH);
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    }
  });

  it('matches ignoring case and spaces, and refuses anything else', () => {
    expect(checkInCodeMatches('ab3 k7q', 'AB3K7Q')).toBe(true);
    expect(checkInCodeMatches('AB3K7R', 'AB3K7Q')).toBe(false);
    expect(checkInCodeMatches('AB3K7', 'AB3K7Q')).toBe(false);
    expect(checkInCodeMatches('', 'AB3K7Q')).toBe(false);
  });

  it('is accepted from 30 minutes before the start to the end, inclusive', () => {
    const window = checkInWindow(new Date('2025-07-01T10:00:00Z'), new Date('2025-07-01T12:00:00Z'));
    expect(window.opensAt.toISOString()).toBe('2025-07-01T09:30:00.000Z');
    expect(isWithin(window, new Date('2025-07-01T09:29:59.999Z'))).toBe(false);
    expect(isWithin(window, new Date('2025-07-01T09:30:00Z'))).toBe(true);
    expect(isWithin(window, new Date('2025-07-01T12:00:00Z'))).toBe(true);
    expect(isWithin(window, new Date('2025-07-01T12:00:00.001Z'))).toBe(false);
  });
});
