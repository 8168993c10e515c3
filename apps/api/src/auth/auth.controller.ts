import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor, Public } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, MeDto, RefreshDto, TokensDto } from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({ operationId: 'login', summary: 'Log in with login and password' })
  @ApiOkResponse({ type: TokensDto })
  @ApiProblems(400, 401, 429)
  login(@Body() dto: LoginDto): Promise<TokensDto> {
    return this.auth.login(dto.login, dto.password);
  }

  @Post('refresh')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({
    operationId: 'refreshTokens',
    summary: 'Exchange a refresh token for new tokens (rotation)',
  })
  @ApiOkResponse({ type: TokensDto })
  @ApiProblems(400, 401, 429)
  refresh(@Body() dto: RefreshDto): Promise<TokensDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Authorized(Permission.AccountSelf)
  @ApiOperation({ operationId: 'logout', summary: 'End the session the refresh token belongs to' })
  @ApiNoContentResponse({ description: 'Session ended' })
  @ApiProblems(400)
  logout(@CurrentActor() actor: Actor, @Body() dto: RefreshDto): Promise<void> {
    return this.auth.logout(actor, dto.refreshToken);
  }

  @Get('me')
  @Authorized(Permission.AccountSelf)
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
  @ApiOperation({
    operationId: 'changeOwnPassword',
    summary: 'Change the own password; ends all sessions',
  })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiProblems(400)
  changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(actor, dto);
  }
}
