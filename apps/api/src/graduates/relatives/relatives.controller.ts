import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import {
  ArchiveGraduateRecordDto,
  ListGraduateRecordsQueryDto,
} from '../records/graduate-record.dto';
import { GraduateRecordsService } from '../records/graduate-records.service';
import { CreateRelativeDto, RelativeDto, UpdateRelativeDto } from './relative.dto';
import { RELATIVES } from './relatives.kind';

@ApiTags('graduate-relatives')
@Controller('graduates/:graduateId/relatives')
export class RelativesController {
  constructor(private readonly records: GraduateRecordsService) {}

  @Get()
  @Authorized(Permission.GraduatesRead)
  @ApiOperation({
    operationId: 'listGraduateRelatives',
    summary: 'Relatives and significant adults of the graduate',
  })
  @ApiOkResponse({ type: RelativeDto, isArray: true })
  @ApiProblems(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Query() query: ListGraduateRecordsQueryDto,
  ): Promise<RelativeDto[]> {
    const rows = await this.records.list(RELATIVES, actor, graduateId, query.includeArchived);
    return rows.map(RelativeDto.from);
  }

  @Post()
  @Authorized(Permission.GraduatesWrite)
  @ApiOperation({
    operationId: 'createGraduateRelative',
    summary: 'Add a relative or significant adult (needs a current written consent)',
  })
  @ApiCreatedResponse({ type: RelativeDto })
  @ApiProblems(400, 404, 409)
  async create(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Body() dto: CreateRelativeDto,
  ): Promise<RelativeDto> {
    return RelativeDto.from(await this.records.create(RELATIVES, actor, graduateId, dto));
  }

  @Patch(':id')
  @Authorized(Permission.GraduatesWrite)
  @ApiOperation({ operationId: 'updateGraduateRelative', summary: 'Correct a relative' })
  @ApiOkResponse({ type: RelativeDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Param('id', idPipe) id: string,
    @Body() { version, ...changes }: UpdateRelativeDto,
  ): Promise<RelativeDto> {
    return RelativeDto.from(
      await this.records.update(RELATIVES, actor, graduateId, id, version, changes),
    );
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Authorized(Permission.GraduatesWrite)
  @ApiOperation({
    operationId: 'archiveGraduateRelative',
    summary: 'Archive a relative (kept in history, never deleted)',
  })
  @ApiOkResponse({ type: RelativeDto })
  @ApiProblems(400, 404, 409)
  async archive(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Param('id', idPipe) id: string,
    @Body() dto: ArchiveGraduateRecordDto,
  ): Promise<RelativeDto> {
    return RelativeDto.from(
      await this.records.archive(RELATIVES, actor, graduateId, id, dto.version),
    );
  }
}
