import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { InstitutionsService } from '../institutions/institutions.service';
import { Actor } from '../common/auth/actor';
import { DomainError } from '../common/problem/domain-error';
import { AppConfig } from '../config/app-config';
import { AccountsService } from '../users/accounts.service';
import { User } from '../users/user.entity';
import { ChangePasswordDto, MeDto, TokensDto } from './dto/auth.dto';
import { LoginThrottle } from './login-throttle';
import { SessionActor } from './session-actor';
import { IssuedToken, RefreshTokensService } from './sessions/refresh-tokens.service';

const invalidCredentials = () =>
  new DomainError(401, 'invalid-credentials', 'Неверный логин или пароль');
const sessionEnded = () =>
  new DomainError(401, 'invalid-refresh-token', 'Сеанс завершён. Войдите заново.');

/** Who a failed login with an unknown name is recorded as: nobody. */
const NOBODY = { userId: null, institutionId: null } as unknown as Actor;

/** A new access token and the refresh token that goes into the cookie (never the body). */
export interface Session {
  body: TokensDto;
  refreshToken: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly institutions: InstitutionsService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async login(login: string, password: string, address: string): Promise<Session> {
    const wait = this.throttle.waitSeconds(login, address);
    if (wait > 0) {
      throw new DomainError(
        429,
        'too-many-attempts',
        `Слишком много неудачных попыток входа. Повторите через ${wait} с.`,
        {},
        { 'Retry-After': String(wait) },
      );
    }
    const check = await this.accounts.checkCredentials(login, password);
    if (!check.ok) {
      this.throttle.recordFailure(login, address);
      await this.audit.record(NOBODY, {
        action: AuditAction.LoginFailed,
        entity: 'user',
        entityId: check.userId,
        details: { address },
      });
      throw invalidCredentials();
    }
    this.throttle.recordSuccess(login);
    await this.audit.record(actorOf(check.user), {
      action: AuditAction.Login,
      entity: 'user',
      entityId: check.user.id,
      details: { address },
    });
    return this.sessionFor(check.user.id, await this.refreshTokens.issue(check.user.id));
  }

  async refresh(refreshToken: string | null): Promise<Session> {
    if (!refreshToken) throw sessionEnded();
    const rotated = await this.refreshTokens.rotate(refreshToken);
    if (!rotated.ok) throw sessionEnded();
    if (!(await this.accounts.findActive(rotated.userId))) {
      await this.refreshTokens.revokeAllOfUser(rotated.userId, 'inactive');
      throw sessionEnded();
    }
    return this.sessionFor(rotated.userId, rotated);
  }

  /** Ends the session the access token belongs to (and with it that token). */
  async logout(actor: Actor): Promise<void> {
    if (!(actor instanceof SessionActor)) return;
    await this.refreshTokens.revokeSession(actor.userId, actor.sessionId);
    await this.audit.record(actor, {
      action: AuditAction.Logout,
      entity: 'user',
      entityId: actor.userId,
    });
  }

  async changePassword(actor: Actor, dto: ChangePasswordDto): Promise<void> {
    const result = await this.accounts.changePassword(actor, dto.currentPassword, dto.newPassword);
    if (result === 'wrong-current') {
      throw new DomainError(400, 'validation', 'Текущий пароль указан неверно', {
        errors: { currentPassword: ['wrong password'] },
      });
    }
  }

  async me(actor: Actor): Promise<MeDto> {
    const user = await this.accounts.findActive(actor.userId);
    if (!user) throw new DomainError(401, 'unauthorized', 'Войдите в систему заново');
    const institution = user.institutionId
      ? await this.institutions.get(actor, user.institutionId)
      : null;
    return {
      id: user.id,
      login: user.login,
      fullName: user.fullName,
      position: user.position,
      role: user.role,
      institution: institution && {
        id: institution.id,
        name: institution.name,
        timeZone: institution.timeZone,
      },
      permissions: [...actor.permissions],
      mustChangePassword: user.mustChangePassword,
    };
  }

  /** The access token names its session (`sid`): it dies with it, see JwtStrategy. */
  private async sessionFor(userId: string, issued: IssuedToken): Promise<Session> {
    const accessToken = await this.jwt.signAsync({ sub: userId, sid: issued.sessionId });
    return {
      body: { accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS },
      refreshToken: issued.token,
    };
  }
}

const actorOf = (user: User) => new Actor(user.id, user.role, user.institutionId);
