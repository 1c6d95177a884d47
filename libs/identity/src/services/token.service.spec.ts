import { createSecretKey } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Repository } from 'typeorm';
import { loadConfig } from '@banso/core';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { TokenService } from './token.service';

const SECRET = 'a-secret-of-at-least-thirty-two-chars';

function jwt(secret = SECRET): JwtService {
  return new JwtService({
    secret: createSecretKey(Buffer.from(secret, 'utf8')),
    signOptions: { algorithm: 'HS256' },
    verifyOptions: { algorithms: ['HS256'] },
  });
}

describe('TokenService.verifyAccessToken', () => {
  const config = loadConfig({
    DATABASE_URL: 'postgres://banso@127.0.0.1:5432/banso',
    REDIS_URL: 'redis://127.0.0.1:6379',
    JWT_SECRET: SECRET,
  });
  const signer = jwt();
  let tokens: TokenService;
  let verify: jest.SpyInstance;
  beforeEach(() => {
    const verifier = jwt();
    verify = jest.spyOn(verifier, 'verify');
    tokens = new TokenService(verifier, config, new Repository(RefreshTokenEntity, undefined as never));
  });
  afterEach(() => jest.restoreAllMocks());

  it('checks a token’s signature once and answers the same claims while it is valid', () => {
    const token = signer.sign({ sub: 'user-1', typ: 'access' }, { expiresIn: 60 });
    expect(tokens.verifyAccessToken(token)).toMatchObject({ sub: 'user-1', typ: 'access' });
    expect(tokens.verifyAccessToken(token)).toMatchObject({ sub: 'user-1', typ: 'access' });
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('refuses a remembered token once it has expired', () => {
    const token = signer.sign({ sub: 'user-1', typ: 'access' }, { expiresIn: 60 });
    expect(tokens.verifyAccessToken(token)).not.toBeNull();
    const later = Date.now() + 61_000;
    jest.spyOn(Date, 'now').mockReturnValue(later);
    expect(tokens.verifyAccessToken(token)).toBeNull();
  });

  it('does not remember tokens that fail: a forged or refresh-typed token is checked and refused every time', () => {
    const forged = jwt('another-secret-of-thirty-two-chars!!').sign({ sub: 'user-1', typ: 'access' });
    const refresh = signer.sign({ sub: 'user-1', typ: 'refresh' }, { expiresIn: 60 });
    for (let i = 0; i < 2; i += 1) {
      expect(tokens.verifyAccessToken(forged)).toBeNull();
      expect(tokens.verifyAccessToken(refresh)).toBeNull();
    }
    expect(verify).toHaveBeenCalledTimes(4);
  });
});
