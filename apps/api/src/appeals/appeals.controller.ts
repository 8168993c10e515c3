import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { AppealChangesService } from './appeal-changes.service';
import { AppealsService } from './appeals.service';
import { CreateAppealDto, ListAppealsQueryDto, UpdateAppealDto } from './dto/appeal.requests';
import { ApiPageOrCursorResponse, wantsCursor } from '../common/pagination/cursor';
import { AppealCursorPageDto, AppealDto, AppealPageDto } from './dto/appeal.response';

@ApiTags('appeals')
@Controller('appeals')
export class AppealsController {
  constructor(
    private readonly appeals: AppealsService,
    private readonly audit: AuditService,
    private readonly changes: AppealChangesService,
  ) {}

  @Get()
  @Authorized(Permission.AppealsRead)
  @ApiOperation({
    operationId: 'listAppeals',
    summary: 'The appeal journal (001 §8.2): newest first, only appeals the caller may see',
  })
  @ApiPageOrCursorResponse(AppealPageDto, AppealCursorPageDto)
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListAppealsQueryDto,
  ): Promise<AppealPageDto | AppealCursorPageDto> {
    if (wantsCursor(query)) {
      const rows = await this.appeals.listAfter(actor, query);
      await this.audit.recordCaseList(actor, 'appeal', rows.items);
      return { ...rows, items: rows.items.map(AppealDto.from) };
    }
    const page = await this.appeals.list(actor, query);
    await this.audit.recordCaseList(actor, 'appeal', page.items);
    return { ...page, items: page.items.map(AppealDto.from) };
  }

  @Get(':id')
  @Authorized(Permission.AppealsRead)
  @ApiOperation({ operationId: 'getAppeal', summary: 'One appeal (the read is logged)' })
  @ApiOkResponse({ type: AppealDto })
  @ApiProblems(404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string): Promise<AppealDto> {
    return AppealDto.from(await this.appeals.open(actor, id));
  }

  @Post()
  @Authorized(Permission.AppealsWrite)
  @ApiOperation({
    operationId: 'createAppeal',
    summary: 'Register an appeal (with or without a contract, 001 §4.3)',
    description:
      'The graduate must be eligible on the day of the appeal (001 §4.1), else 409 not-eligible; ' +
      'a retired problem answers 409 retired-entry.',
  })
  @ApiCreatedResponse({ type: AppealDto })
  @ApiProblems(400, 409)
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateAppealDto): Promise<AppealDto> {
    return AppealDto.from(await this.changes.create(actor, dto));
  }

  @Patch(':id')
  @Authorized(Permission.AppealsWrite)
  @ApiOperation({
    operationId: 'updateAppeal',
    summary: 'Change, assign, or move an appeal through its statuses',
  })
  @ApiOkResponse({ type: AppealDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateAppealDto,
  ): Promise<AppealDto> {
    return AppealDto.from(await this.changes.update(actor, id, dto));
  }
}
