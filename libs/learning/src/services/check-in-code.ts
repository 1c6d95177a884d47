import { randomInt, timingSafeEqual } from 'node:crypto';

/** Letters and digits that cannot be confused when read off a screen (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CHECK_IN_CODE_LENGTH = 6;
/** Check-in opens this long before the start of the session. */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * 60 * 1000;

export function generateCheckInCode(): string {
  let code = '';
  for (let i = 0; i < CHECK_IN_CODE_LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Compares a typed code with the real one, ignoring case and spaces, in constant time. */
export function checkInCodeMatches(typed: string, actual: string): boolean {
  const normalised = Buffer.from(typed.replace(/\s+/g, '').toUpperCase());
  const expected = Buffer.from(actual);
  return normalised.length === expected.length && timingSafeEqual(normalised, expected);
}

export interface CheckInWindow {
  opensAt: Date;
  closesAt: Date;
}

export function checkInWindow(startsAt: Date, endsAt: Date): CheckInWindow {
  return { opensAt: new Date(startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS), closesAt: endsAt };
}

export function isWithin(window: CheckInWindow, at: Date): boolean {
  return at.getTime() >= window.opensAt.getTime() && at.getTime() <= window.closesAt.getTime();
}
