import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig, DatabaseModule } from '@banso/core';
import { AuditModule } from '@banso/audit';
import { OrganizationEntity } from './entities/organization.entity';
import { UserAccountEntity } from './entities/user-account.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { IdentityService } from './services/identity.service';
import { AuthService } from './services/auth.service';
import { PasswordService } from './services/password.service';
import { TokenService } from './services/token.service';
import { LoginThrottleService } from './services/login-throttle.service';
import { IdentityLoaders } from './identity.loaders';
import { AuthGuard } from './services/auth.guard';
import { AuthResolver } from './resolvers/auth.resolver';
import { UserResolver } from './resolvers/user.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { UserVisibilityRules } from './services/user-visibility';
import { WebSessionCookie } from './services/web-session-cookie';
import { PasswordSetupService } from './services/password-setup.service';
import { PasswordSetupResolver } from './resolvers/password-setup.resolver';
import { AuditActorResolver } from './resolvers/audit-actor.resolver';
import { AccountImportService } from './services/account-import.service';

@Module({
  imports: [
    DatabaseModule.forFeature([OrganizationEntity, UserAccountEntity, RefreshTokenEntity]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      // A prepared secret key: with a string secret jsonwebtoken first tries (and fails) to parse it as a public key
      // on every call, which costs ~50× the HMAC itself.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    AuditModule,
    DiscoveryModule,
  ],
  providers: [
    IdentityService,
    AuthService,
    PasswordService,
    TokenService,
    LoginThrottleService,
    IdentityLoaders,
    AuthGuard,
    AuthResolver,
    UserResolver,
    OrganizationResolver,
    UserVisibilityRules,
    WebSessionCookie,
    PasswordSetupService,
    PasswordSetupResolver,
    AuditActorResolver,
    AccountImportService,
  ],
  exports: [IdentityService, IdentityLoaders, AuthGuard, TokenService, PasswordService, AccountImportService],
})
export class IdentityModule {}
