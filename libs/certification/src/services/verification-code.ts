import { randomBytes } from 'node:crypto';

/** RFC 4648 base32 alphabet (no 0, 1, 8, 9: nothing to confuse with O, I, B, g when read aloud or typed). */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const VERIFICATION_CODE_LENGTH = 10;

/** A public verification code: 10 base32 characters = 50 random bits (unguessable at the rate-limited lookup). */
export function newVerificationCode(): string {
  const bytes = randomBytes(VERIFICATION_CODE_LENGTH);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return code;
}

/** Normalises what a person typed (lower case, spaces, hyphens) before the lookup; null when it cannot be a code. */
export function normaliseVerificationCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return code.length === VERIFICATION_CODE_LENGTH && /^[A-Z2-7]+$/.test(code) ? code : null;
}
