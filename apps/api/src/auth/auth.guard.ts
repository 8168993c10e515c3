import {
  ExecutionContext,
  ForbiddenException,
  NotFoundException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { Actor } from '../common/auth/actor';
import { PERMISSION_KEY, PUBLIC_KEY } from '../common/auth/authorized.decorator';
import { Permission, ROLES_DENIED_AS_NOT_FOUND } from '../common/auth/permissions';
import { DomainError } from '../common/problem/domain-error';
import { PASSWORD_CHANGE_EXEMPT_KEY } from './password-change-exempt.decorator';
import { SessionActor } from './session-actor';
import { API_KEY_STRATEGY } from '../integrations/auth/api-key.strategy';

/**
 * Global guard, deny by default: a route is reachable only when marked `@Public()` or
 * when the caller has a valid token AND the permission named by `@Authorized(...)`.
 * A route with neither decorator is refused to everyone. Curators are answered 404, not 403.
 * While a temporary password is unchanged, only `@PasswordChangeExempt()` routes are open.
 */
@Injectable()
// API clients' keys are a second strategy, tried when the access token does not verify.
export class GlobalAuthGuard extends AuthGuard(['jwt', API_KEY_STRATEGY]) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    await super.canActivate(context);
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(
      PERMISSION_KEY,
      targets,
    );
    const actor = context.switchToHttp().getRequest<{ user: Actor }>().user;
    if (
      actor instanceof SessionActor &&
      actor.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_EXEMPT_KEY, targets)
    ) {
      throw new DomainError(
        403,
        'password-change-required',
        'Вы вошли с временным паролем. Смените пароль, чтобы продолжить работу.',
      );
    }
    if (!permission || !actor.can(permission)) {
      if (ROLES_DENIED_AS_NOT_FOUND.includes(actor.role)) throw new NotFoundException();
      throw new ForbiddenException();
    }
    return true;
  }

  override handleRequest<T>(error: unknown, actor: T): T {
    if (error || !actor) throw new UnauthorizedException();
    return actor;
  }
}
