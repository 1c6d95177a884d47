import { newVerificationCode, normaliseVerificationCode, VERIFICATION_CODE_LENGTH } from './verification-code';

describe('certificate verification codes', () => {
  it('are 10 base32 characters and differ each time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newVerificationCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[A-Z2-7]{${VERIFICATION_CODE_LENGTH}}$`));
  });

  it('accept what a person typed (case, spaces, hyphens) and refuse what cannot be a code', () => {
    expect(normaliseVerificationCode('abcde-fgh23')).toBe('ABCDEFGH23');
    expect(normaliseVerificationCode(' ABCDE FGH23 ')).toBe('ABCDEFGH23');
    expect(normaliseVerificationCode('ABCDEFGH1')).toBeNull();
    expect(normaliseVerificationCode('ABCDEFGH10')).toBeNull();
  });
});
