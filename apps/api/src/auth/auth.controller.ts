import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor, Public } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { AppConfig } from '../config/app-config';
import { AuthService, Session } from './auth.service';
import { CSRF_HEADER, CsrfGuard } from './csrf.guard';
import { ChangePasswordDto, LoginDto, MeDto, TokensDto } from './dto/auth.dto';
import { PasswordChangeExempt } from './password-change-exempt.decorator';
import { clearRefreshCookie, refreshCookie, setRefreshCookie } from './refresh-cookie';

const csrfHeader = ApiHeader({
  name: CSRF_HEADER,
  required: true,
  description: 'Any value; proves the call is not a cross-site form',
});

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({
    operationId: 'login',
    summary: 'Log in with login and password',
    description:
      'Answers the access token; the refresh token is set as the httpOnly cookie `postcare_refresh` (path /api/auth).',
  })
  @ApiOkResponse({ type: TokensDto })
  @ApiProblems(400, 401, 429)
  async login(
    @Body() dto: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokensDto> {
    return this.started(req, res, await this.auth.login(dto.login, dto.password, req.ip ?? ''));
  }

  @Post('refresh')
  @Public()
  @UseGuards(ThrottlerGuard, CsrfGuard)
  @HttpCode(200)
  @csrfHeader
  @ApiOperation({
    operationId: 'refreshTokens',
    summary: 'Exchange the refresh cookie for a new access token (the cookie rotates)',
  })
  @ApiOkResponse({ type: TokensDto })
  @ApiProblems(401, 403, 429)
  async refresh(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokensDto> {
    return this.started(req, res, await this.auth.refresh(refreshCookie(req)));
  }

  @Post('logout')
  @HttpCode(204)
  @UseGuards(CsrfGuard)
  @Authorized(Permission.AccountSelf)
  @PasswordChangeExempt()
  @csrfHeader
  @ApiOperation({
    operationId: 'logout',
    summary: 'End the session of the access token; its access tokens stop working at once',
  })
  @ApiNoContentResponse({ description: 'Session ended' })
  async logout(
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(actor);
    clearRefreshCookie(req, res, this.config);
  }

  @Get('me')
  @Authorized(Permission.AccountSelf)
  @PasswordChangeExempt()
  @ApiOperation({
    operationId: 'getMe',
    summary: 'The caller: profile, institution and permissions',
  })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.auth.me(actor);
  }

  @Post('password')
  @HttpCode(204)
  @Authorized(Permission.AccountSelf)
  @PasswordChangeExempt()
  @ApiOperation({
    operationId: 'changeOwnPassword',
    summary: 'Change the own password; ends all sessions',
  })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiProblems(400)
  changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(actor, dto);
  }

  private started(req: Request, res: Response, session: Session): TokensDto {
    setRefreshCookie(req, res, session.refreshToken, this.config);
    return session.body;
  }
}
