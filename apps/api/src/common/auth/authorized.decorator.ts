import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ApiProblems } from '../problem/api-problems.decorator';
import { Actor } from './actor';
import { Permission } from './permissions';

export const PERMISSION_KEY = 'postcare:permission';
export const PUBLIC_KEY = 'postcare:public';

/**
 * The only way to open a route to callers: it needs a valid access token and this
 * permission. The same decorator documents the bearer scheme, the permission
 * (`x-permission`) and the 401/403 answers in the spec (and the 404 a curator's account
 * gets for any route outside its permissions). Any route may refuse unsafe input (400) or a
 * reference to a record that does not exist (422).
 */
export function Authorized(permission: Permission) {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiBearerAuth('bearer'),
    ApiExtension('x-permission', permission),
    ApiProblems(400, 401, 403, 404, 422),
  );
}

/** Explicitly open route (login, refresh, health). Everything else is denied by default. */
export function Public() {
  return SetMetadata(PUBLIC_KEY, true);
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<{ user: Actor }>().user;
});
