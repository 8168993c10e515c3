import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { AidServiceChangesService } from './aid-service-changes.service';
import { AidServicesService } from './aid-services.service';
import {
  CreateAidServiceDto,
  ListAidServicesQueryDto,
  UpdateAidServiceDto,
} from './dto/aid-service.requests';
import { ApiPageOrCursorResponse, wantsCursor } from '../common/pagination/cursor';
import {
  AidServiceCursorPageDto,
  AidServiceDto,
  AidServicePageDto,
} from './dto/aid-service.response';

@ApiTags('services')
@Controller('services')
export class AidServicesController {
  constructor(
    private readonly services: AidServicesService,
    private readonly audit: AuditService,
    private readonly changes: AidServiceChangesService,
  ) {}

  @Get()
  @Authorized(Permission.ServicesRead)
  @ApiOperation({
    operationId: 'listServices',
    summary: 'Help given (newest first), only what the caller may see',
  })
  @ApiPageOrCursorResponse(AidServicePageDto, AidServiceCursorPageDto)
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListAidServicesQueryDto,
  ): Promise<AidServicePageDto | AidServiceCursorPageDto> {
    if (wantsCursor(query)) {
      const rows = await this.services.listAfter(actor, query);
      await this.audit.recordCaseList(actor, 'service', rows.items);
      return { ...rows, items: rows.items.map(AidServiceDto.from) };
    }
    const page = await this.services.list(actor, query);
    await this.audit.recordCaseList(actor, 'service', page.items);
    return { ...page, items: page.items.map(AidServiceDto.from) };
  }

  @Get(':id')
  @Authorized(Permission.ServicesRead)
  @ApiOperation({ operationId: 'getService', summary: 'One act of help (the read is logged)' })
  @ApiOkResponse({ type: AidServiceDto })
  @ApiProblems(404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string): Promise<AidServiceDto> {
    return AidServiceDto.from(await this.services.open(actor, id));
  }

  @Post()
  @Authorized(Permission.ServicesWrite)
  @ApiOperation({
    operationId: 'createService',
    summary: 'Record help given, for an appeal or on its own',
    description:
      'The graduate must be eligible on the day (001 §4.1), else 409 not-eligible; a retired ' +
      'kind answers 409 retired-entry.',
  })
  @ApiCreatedResponse({ type: AidServiceDto })
  @ApiProblems(400, 409)
  async create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateAidServiceDto,
  ): Promise<AidServiceDto> {
    return AidServiceDto.from(await this.changes.create(actor, dto));
  }

  @Patch(':id')
  @Authorized(Permission.ServicesWrite)
  @ApiOperation({ operationId: 'updateService', summary: 'Correct a record of help given' })
  @ApiOkResponse({ type: AidServiceDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateAidServiceDto,
  ): Promise<AidServiceDto> {
    return AidServiceDto.from(await this.changes.update(actor, id, dto));
  }
}
