import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../config/app-config';
import { jwtKey } from '../config/jwt-secret';
import { InstitutionsModule } from '../institutions/institutions.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { GlobalAuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { CsrfGuard } from './csrf.guard';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottle } from './login-throttle';
import { SessionsModule } from './sessions/sessions.module';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: jwtKey(config),
        signOptions: {
          algorithm: 'HS256',
          issuer: config.JWT_ISSUER,
          audience: config.JWT_AUDIENCE,
          expiresIn: config.ACCESS_TOKEN_TTL_SECONDS,
        },
        verifyOptions: {
          algorithms: ['HS256'],
          issuer: config.JWT_ISSUER,
          audience: config.JWT_AUDIENCE,
        },
      }),
    }),
    // Applied to the login and refresh routes only (see AuthController).
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ ttl: 60_000, limit: config.LOGIN_RATE_LIMIT_PER_MINUTE }],
        // The default text names the framework's exception class.
        errorMessage: 'Слишком много запросов. Повторите попытку через минуту.',
      }),
    }),
    UsersModule,
    InstitutionsModule,
    SessionsModule,
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    JwtStrategy,
    {
      provide: LoginThrottle,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new LoginThrottle({
          freeFailures: config.LOGIN_FREE_FAILURES,
          maxDelaySeconds: config.LOGIN_MAX_DELAY_SECONDS,
        }),
    },
    CsrfGuard,
    { provide: APP_GUARD, useClass: GlobalAuthGuard },
  ],
})
export class AuthModule {}
