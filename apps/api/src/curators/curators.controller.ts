import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { HistoryEntryDto } from '../contracts/dto/contract.response';
import { ConsultationDto, CreateConsultationDto } from './consultations.dto';
import { ConsultationsService } from './consultations.service';
import { CuratorsService } from './curators.service';
import {
  CreateCuratorAccountDto,
  CreateCuratorDto,
  CuratorAccountDto,
  CuratorDto,
  CuratorPageDto,
  CuratorStepDto,
  CuratorVersionDto,
  ListCuratorsQueryDto,
  UpdateCuratorDto,
} from './dto/curator.dto';

@ApiTags('curators')
@Controller('curators')
export class CuratorsController {
  constructor(
    private readonly curators: CuratorsService,
    private readonly consultations: ConsultationsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.CuratorsRead)
  @ApiOperation({
    operationId: 'listCurators',
    summary: 'Candidates and curators: search by name, phone or e-mail, filter by status',
  })
  @ApiOkResponse({ type: CuratorPageDto })
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() query: ListCuratorsQueryDto) {
    const page = await this.curators.list(actor, query);
    await this.audit.recordList(
      actor,
      'curator',
      page.items.map((c) => c.id),
    );
    return page;
  }

  @Get(':id')
  @Authorized(Permission.CuratorsRead)
  @ApiOperation({ operationId: 'getCurator', summary: 'One curator (the read is logged)' })
  @ApiOkResponse({ type: CuratorDto })
  @ApiProblems(404)
  get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return this.curators.read(actor, id);
  }

  @Post()
  @Authorized(Permission.CuratorsWrite)
  @ApiOperation({ operationId: 'createCurator', summary: 'Register a curator candidate' })
  @ApiCreatedResponse({ type: CuratorDto })
  @ApiProblems(400)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCuratorDto) {
    return this.curators.create(actor, dto);
  }

  @Patch(':id')
  @Authorized(Permission.CuratorsWrite)
  @ApiOperation({ operationId: 'updateCurator', summary: 'Change a curator’s details' })
  @ApiOkResponse({ type: CuratorDto })
  @ApiProblems(400, 404, 409)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateCuratorDto,
  ) {
    return this.curators.update(actor, id, dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authorized(Permission.CuratorsApprove)
  @ApiOperation({
    operationId: 'approveCurator',
    summary: 'Approve a trained candidate (the certificate and the consent are required)',
  })
  @ApiOkResponse({ type: CuratorDto })
  @ApiProblems(400, 404, 409)
  approve(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: CuratorVersionDto,
  ) {
    return this.curators.approve(actor, id, dto.version);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @Authorized(Permission.CuratorsWrite)
  @ApiOperation({
    operationId: 'pauseCurator',
    summary: 'Pause a curator: their account sees no graduates until resumed',
  })
  @ApiOkResponse({ type: CuratorDto })
  @ApiProblems(400, 404, 409)
  pause(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: CuratorStepDto,
  ) {
    return this.curators.pause(actor, id, dto.version, dto.reason);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @Authorized(Permission.CuratorsWrite)
  @ApiOperation({ operationId: 'resumeCurator', summary: 'Resume a paused curator' })
  @ApiOkResponse({ type: CuratorDto })
  @ApiProblems(400, 404, 409)
  resume(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: CuratorVersionDto,
  ) {
    return this.curators.resume(actor, id, dto.version);
  }

  @Post(':id/leave')
  @HttpCode(200)
  @Authorized(Permission.CuratorsWrite)
  @ApiOperation({
    operationId: 'curatorLeaves',
    summary: 'The curator leaves: assignments end today and the account is blocked',
  })
  @ApiOkResponse({ type: CuratorDto })
  @ApiProblems(400, 404, 409)
  leave(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: CuratorStepDto,
  ) {
    return this.curators.leave(actor, id, dto.version, dto.reason);
  }

  @Get(':id/history')
  @Authorized(Permission.CuratorsRead)
  @ApiOperation({ operationId: 'getCuratorHistory', summary: 'The curator’s status changes' })
  @ApiOkResponse({ type: HistoryEntryDto, isArray: true })
  @ApiProblems(404)
  async history(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return (await this.curators.history(actor, id)).map(HistoryEntryDto.from);
  }

  @Post(':id/account')
  @Authorized(Permission.CuratorsApprove)
  @ApiOperation({
    operationId: 'createCuratorAccount',
    summary: 'Give an approved curator an account (role curator); the password is shown once',
  })
  @ApiCreatedResponse({ type: CuratorAccountDto })
  @ApiProblems(400, 404, 409)
  createAccount(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: CreateCuratorAccountDto,
  ): Promise<CuratorAccountDto> {
    return this.curators.createAccount(actor, id, dto);
  }

  @Get(':id/consultations')
  @Authorized(Permission.CuratorsRead)
  @ApiOperation({
    operationId: 'listCuratorConsultations',
    summary: 'Consultations the staff gave the curator (000 §7.1.9)',
  })
  @ApiOkResponse({ type: ConsultationDto, isArray: true })
  @ApiProblems(404)
  listConsultations(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return this.consultations.list(actor, id);
  }

  @Post(':id/consultations')
  @Authorized(Permission.CuratorsWrite)
  @ApiOperation({ operationId: 'addCuratorConsultation', summary: 'Log a consultation' })
  @ApiCreatedResponse({ type: ConsultationDto })
  @ApiProblems(400, 404)
  addConsultation(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: CreateConsultationDto,
  ) {
    return this.consultations.create(actor, id, dto);
  }
}
