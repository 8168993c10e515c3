import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InstitutionsService } from '../institutions/institutions.service';
import { Actor } from '../common/auth/actor';
import { DomainError } from '../common/problem/domain-error';
import { AppConfig } from '../config/app-config';
import { AccountsService } from '../users/accounts.service';
import { ChangePasswordDto, MeDto, TokensDto } from './dto/auth.dto';
import { RefreshTokensService } from './sessions/refresh-tokens.service';

const invalidCredentials = () =>
  new DomainError(401, 'invalid-credentials', 'Неверный логин или пароль');

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly institutions: InstitutionsService,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async login(login: string, password: string): Promise<TokensDto> {
    const check = await this.accounts.checkCredentials(login, password);
    if (!check.ok && check.lockedForSeconds) {
      const minutes = Math.ceil(check.lockedForSeconds / 60);
      throw new DomainError(
        429,
        'account-locked',
        `Слишком много неудачных попыток входа. Учётная запись заблокирована на ${minutes} мин.`,
        {},
        { 'Retry-After': String(check.lockedForSeconds) },
      );
    }
    if (!check.ok) throw invalidCredentials();
    return this.tokensFor(check.user.id, await this.refreshTokens.issue(check.user.id));
  }

  async refresh(refreshToken: string): Promise<TokensDto> {
    const rotated = await this.refreshTokens.rotate(refreshToken);
    if (!rotated.ok)
      throw new DomainError(401, 'invalid-refresh-token', 'Сеанс завершён. Войдите заново.');
    if (!(await this.accounts.findActive(rotated.userId))) {
      await this.refreshTokens.revokeAllOfUser(rotated.userId, 'inactive');
      throw new DomainError(401, 'invalid-refresh-token', 'Сеанс завершён. Войдите заново.');
    }
    return this.tokensFor(rotated.userId, rotated.token);
  }

  logout(actor: Actor, refreshToken: string): Promise<void> {
    return this.refreshTokens.revokeByToken(actor.userId, refreshToken);
  }

  async changePassword(actor: Actor, dto: ChangePasswordDto): Promise<void> {
    const changed = await this.accounts.changePassword(
      actor.userId,
      dto.currentPassword,
      dto.newPassword,
    );
    if (!changed) {
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

  private async tokensFor(userId: string, refreshToken: string): Promise<TokensDto> {
    const accessToken = await this.jwt.signAsync({ sub: userId });
    return { accessToken, refreshToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS };
  }
}
