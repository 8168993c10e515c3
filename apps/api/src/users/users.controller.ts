import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { CreatedUserDto, TemporaryPasswordDto, UserDto, UserPageDto } from './dto/user.response';
import { CreateUserDto, ListUsersQueryDto, UpdateUserDto, VersionDto } from './dto/user.requests';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.UsersRead)
  @ApiOperation({
    operationId: 'listUsers',
    summary: 'Staff accounts (own institution; all for administrators)',
  })
  @ApiOkResponse({ type: UserPageDto })
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListUsersQueryDto,
  ): Promise<UserPageDto> {
    const page = await this.users.list(actor, query);
    await this.audit.recordList(
      actor,
      'user',
      page.items.map((u) => u.id),
    );
    return { ...page, items: page.items.map(UserDto.from) };
  }

  @Get(':id')
  @Authorized(Permission.UsersRead)
  @ApiOperation({ operationId: 'getUser', summary: 'One staff account' })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string): Promise<UserDto> {
    const user = await this.users.get(actor, id);
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'user',
      entityId: id,
      institutionId: user.institutionId,
    });
    return UserDto.from(user);
  }

  @Post()
  @Authorized(Permission.UsersManage)
  @ApiOperation({ operationId: 'createUser', summary: 'Create a staff account' })
  @ApiCreatedResponse({ type: CreatedUserDto })
  @ApiProblems(400, 409)
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<CreatedUserDto> {
    const { user, temporaryPassword } = await this.users.create(actor, dto);
    return { user: UserDto.from(user), temporaryPassword };
  }

  @Patch(':id')
  @Authorized(Permission.UsersManage)
  @ApiOperation({
    operationId: 'updateUser',
    summary: 'Change name, position, role or institution',
  })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserDto> {
    return UserDto.from(await this.users.update(actor, id, dto));
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Authorized(Permission.UsersManage)
  @ApiOperation({
    operationId: 'deactivateUser',
    summary: 'Deactivate an account and end its sessions',
  })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 404, 409)
  async deactivate(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: VersionDto,
  ): Promise<UserDto> {
    return UserDto.from(await this.users.setActive(actor, id, dto.version, false));
  }

  @Post(':id/activate')
  @HttpCode(200)
  @Authorized(Permission.UsersManage)
  @ApiOperation({
    operationId: 'activateUser',
    summary: 'Activate an account again',
  })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 404, 409)
  async activate(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: VersionDto,
  ): Promise<UserDto> {
    return UserDto.from(await this.users.setActive(actor, id, dto.version, true));
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @Authorized(Permission.UsersManage)
  @ApiOperation({
    operationId: 'resetUserPassword',
    summary: 'Issue a temporary password and end the account’s sessions',
  })
  @ApiOkResponse({ type: TemporaryPasswordDto })
  @ApiProblems(404)
  async resetPassword(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
  ): Promise<TemporaryPasswordDto> {
    return { temporaryPassword: await this.users.resetPassword(actor, id) };
  }
}
