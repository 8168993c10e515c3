import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { EligibilityDto } from './dto/eligibility.dto';
import { ApiPageOrCursorResponse, wantsCursor } from '../common/pagination/cursor';
import {
  GraduateCursorPageDto,
  GraduateDto,
  GraduatePageDto,
  GraduateSummaryDto,
} from './dto/graduate.dto';
import {
  ArchiveGraduateDto,
  CreateGraduateDto,
  EligibilityQueryDto,
  ListGraduatesQueryDto,
  TurningQueryDto,
  UpdateGraduateDto,
} from './dto/graduate.requests';
import { toDetail, toSummary } from './graduate-mapper';
import { GraduatesService } from './graduates.service';

@ApiTags('graduates')
@Controller('graduates')
export class GraduatesController {
  constructor(
    private readonly graduates: GraduatesService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.GraduatesRead)
  @ApiOperation({
    operationId: 'listGraduates',
    summary: 'Personal files: fuzzy name search, filters, sorting, pages',
  })
  @ApiPageOrCursorResponse(GraduatePageDto, GraduateCursorPageDto)
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListGraduatesQueryDto,
  ): Promise<GraduatePageDto | GraduateCursorPageDto> {
    if (wantsCursor(query)) {
      const rows = await this.graduates.listAfter(actor, query);
      await this.audit.recordList(
        actor,
        'graduate',
        rows.items.map((g) => g.id),
      );
      return { ...rows, items: rows.items.map((g) => toSummary(g, actor.today())) };
    }
    const page = await this.graduates.list(actor, query);
    await this.audit.recordList(
      actor,
      'graduate',
      page.items.map((g) => g.id),
    );
    return { ...page, items: page.items.map((g) => toSummary(g, actor.today())) };
  }

  @Get('turning-23')
  @Authorized(Permission.GraduatesRead)
  @ApiOperation({
    operationId: 'listGraduatesTurning23',
    summary: 'Files of people who turn 23 within the next days (default 90)',
  })
  @ApiOkResponse({ type: GraduateSummaryDto, isArray: true })
  @ApiProblems(400)
  async turning23(
    @CurrentActor() actor: Actor,
    @Query() query: TurningQueryDto,
  ): Promise<GraduateSummaryDto[]> {
    const found = await this.graduates.turning23(actor, query.days ?? 90);
    await this.audit.recordList(
      actor,
      'graduate',
      found.map((g) => g.id),
      { view: 'turning-23' },
    );
    return found.map((g) => toSummary(g, actor.today()));
  }

  @Get(':id')
  @Authorized(Permission.GraduatesRead)
  @ApiOperation({
    operationId: 'getGraduate',
    summary: 'Open a personal file (the read is audited)',
  })
  @ApiOkResponse({ type: GraduateDto })
  @ApiProblems(404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string): Promise<GraduateDto> {
    const { graduate, consent } = await this.graduates.open(actor, id);
    return toDetail(graduate, consent, actor.today());
  }

  @Get(':id/eligibility')
  @Authorized(Permission.GraduatesRead)
  @ApiOperation({
    operationId: 'getGraduateEligibility',
    summary: 'Eligibility for support on a date (001 §4.1)',
  })
  @ApiOkResponse({ type: EligibilityDto })
  @ApiProblems(400, 404)
  async eligibility(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Query() query: EligibilityQueryDto,
  ): Promise<EligibilityDto> {
    const eligibility = await this.graduates.eligibility(actor, id, query.on);
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'graduate_eligibility',
      entityId: id,
      details: { graduateId: id },
    });
    return eligibility;
  }

  @Post()
  @Authorized(Permission.GraduatesWrite)
  @ApiOperation({
    operationId: 'createGraduate',
    summary: 'Register a person (409 when the same name and birth date exist)',
  })
  @ApiCreatedResponse({ type: GraduateDto })
  @ApiProblems(400, 409)
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateGraduateDto): Promise<GraduateDto> {
    return toDetail(await this.graduates.create(actor, dto), 'none', actor.today());
  }

  @Patch(':id')
  @Authorized(Permission.GraduatesWrite)
  @ApiOperation({
    operationId: 'updateGraduate',
    summary: 'Edit a personal file (optimistic locking by version)',
  })
  @ApiOkResponse({ type: GraduateDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateGraduateDto,
  ): Promise<GraduateDto> {
    const graduate = await this.graduates.update(actor, id, dto);
    return toDetail(graduate, await this.graduates.consentOf(actor, id), actor.today());
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Authorized(Permission.GraduatesWrite)
  @ApiOperation({
    operationId: 'archiveGraduate',
    summary: 'Move a personal file to the archive (never deleted)',
  })
  @ApiOkResponse({ type: GraduateDto })
  @ApiProblems(400, 404, 409)
  async archive(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: ArchiveGraduateDto,
  ): Promise<GraduateDto> {
    const graduate = await this.graduates.archive(actor, id, dto);
    return toDetail(graduate, await this.graduates.consentOf(actor, id), actor.today());
  }
}
