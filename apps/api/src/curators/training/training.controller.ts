import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../common/auth/actor';
import { AuditService } from '../../audit/audit.service';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import {
  CreateTrainingSessionDto,
  ListTrainingSessionsQueryDto,
  SetAttendanceDto,
  TrainingSessionDto,
  TrainingSessionPageDto,
  UpdateTrainingSessionDto,
} from './training.dto';
import { TrainingService } from './training.service';

@ApiTags('curators')
@Controller('curator-trainings')
export class TrainingController {
  constructor(
    private readonly training: TrainingService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.CuratorsRead)
  @ApiOperation({
    operationId: 'listCuratorTrainings',
    summary: 'Training sessions for curator candidates, newest first',
  })
  @ApiOkResponse({ type: TrainingSessionPageDto })
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() query: ListTrainingSessionsQueryDto) {
    const page = await this.training.list(actor, query);
    await this.audit.recordList(
      actor,
      'curator_training',
      page.items.map((t) => t.id),
    );
    return page;
  }

  @Get(':id')
  @Authorized(Permission.CuratorsRead)
  @ApiOperation({ operationId: 'getCuratorTraining', summary: 'One session with who attended' })
  @ApiOkResponse({ type: TrainingSessionDto })
  @ApiProblems(404)
  get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return this.training.get(actor, id);
  }

  @Post()
  @Authorized(Permission.CuratorsWrite)
  @ApiOperation({ operationId: 'createCuratorTraining', summary: 'Plan or record a session' })
  @ApiCreatedResponse({ type: TrainingSessionDto })
  @ApiProblems(400)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateTrainingSessionDto) {
    return this.training.create(actor, dto);
  }

  @Patch(':id')
  @Authorized(Permission.CuratorsWrite)
  @ApiOperation({ operationId: 'updateCuratorTraining', summary: 'Change a session' })
  @ApiOkResponse({ type: TrainingSessionDto })
  @ApiProblems(400, 404, 409)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateTrainingSessionDto,
  ) {
    return this.training.update(actor, id, dto);
  }

  @Put(':id/attendance')
  @Authorized(Permission.CuratorsWrite)
  @ApiOperation({
    operationId: 'setCuratorTrainingAttendance',
    summary: 'Who attended (replaces the list); candidates reaching the hours become trained',
  })
  @ApiOkResponse({ type: TrainingSessionDto })
  @ApiProblems(400, 404, 409)
  setAttendance(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: SetAttendanceDto,
  ) {
    return this.training.setAttendance(actor, id, dto);
  }
}
