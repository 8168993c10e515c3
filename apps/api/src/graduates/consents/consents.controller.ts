import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import { ConsentDto, CreateConsentDto, UpdateConsentDto } from './consent.dto';
import { ConsentsService } from './consents.service';

@ApiTags('consents')
@Controller('graduates/:graduateId/consents')
export class ConsentsController {
  constructor(
    private readonly consents: ConsentsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.GraduatesRead)
  @ApiOperation({
    operationId: 'listConsents',
    summary: 'Written consents of a graduate, newest first',
  })
  @ApiOkResponse({ type: ConsentDto, isArray: true })
  @ApiProblems(404)
  async list(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
  ): Promise<ConsentDto[]> {
    const consents = await this.consents.list(actor, graduateId);
    await this.audit.recordList(
      actor,
      'consent',
      consents.map((c) => c.id),
      { graduateId },
    );
    return consents.map((c) => ConsentDto.from(c, actor.today()));
  }

  @Post()
  @Authorized(Permission.GraduatesWrite)
  @ApiOperation({
    operationId: 'createConsent',
    summary: 'Record a signed consent (scope, date, scan)',
  })
  @ApiCreatedResponse({ type: ConsentDto })
  @ApiProblems(400, 404)
  async create(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Body() dto: CreateConsentDto,
  ): Promise<ConsentDto> {
    return ConsentDto.from(await this.consents.create(actor, graduateId, dto), actor.today());
  }

  @Patch(':consentId')
  @Authorized(Permission.GraduatesWrite)
  @ApiOperation({ operationId: 'updateConsent', summary: 'Attach the scan or record a withdrawal' })
  @ApiOkResponse({ type: ConsentDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Param('consentId', idPipe) consentId: string,
    @Body() dto: UpdateConsentDto,
  ): Promise<ConsentDto> {
    return ConsentDto.from(
      await this.consents.update(actor, graduateId, consentId, dto),
      actor.today(),
    );
  }
}
