import { Body, Controller, Get, Param, Patch, Post, Res, StreamableFile } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { documentFile } from '../documents/document-file';
import { AnswerSubjectRequestDto, CreateSubjectRequestDto, SubjectRequestDto } from './privacy.dto';
import { SubjectRequestsService } from './subject-requests.service';

const PDF = 'application/pdf';

@ApiTags('privacy')
@Controller('graduates/:graduateId')
export class SubjectRequestsController {
  constructor(
    private readonly requests: SubjectRequestsService,
    private readonly audit: AuditService,
  ) {}

  @Get('subject-requests')
  @Authorized(Permission.PrivacyRequests)
  @ApiOperation({
    operationId: 'listSubjectRequests',
    summary: "A graduate's requests about their personal data (152-FZ), newest first",
  })
  @ApiOkResponse({ type: SubjectRequestDto, isArray: true })
  @ApiProblems(404)
  async list(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
  ): Promise<SubjectRequestDto[]> {
    const rows = await this.requests.list(actor, graduateId);
    await this.audit.recordList(
      actor,
      'subject_request',
      rows.map((r) => r.id),
      { graduateId },
    );
    return rows.map((r) => SubjectRequestDto.from(r, actor.today()));
  }

  @Post('subject-requests')
  @Authorized(Permission.PrivacyRequests)
  @ApiOperation({
    operationId: 'createSubjectRequest',
    summary: 'Register an access (10 working days) or correction (7) request',
  })
  @ApiCreatedResponse({ type: SubjectRequestDto })
  @ApiProblems(400, 404)
  async create(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Body() dto: CreateSubjectRequestDto,
  ): Promise<SubjectRequestDto> {
    return SubjectRequestDto.from(
      await this.requests.create(actor, graduateId, dto),
      actor.today(),
    );
  }

  @Patch('subject-requests/:requestId/answer')
  @Authorized(Permission.PrivacyRequests)
  @ApiOperation({ operationId: 'answerSubjectRequest', summary: 'Mark the request answered' })
  @ApiOkResponse({ type: SubjectRequestDto })
  @ApiProblems(400, 404, 409)
  async answer(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Param('requestId', idPipe) requestId: string,
    @Body() dto: AnswerSubjectRequestDto,
  ): Promise<SubjectRequestDto> {
    return SubjectRequestDto.from(
      await this.requests.answer(actor, graduateId, requestId, dto),
      actor.today(),
    );
  }

  @Get('personal-data/export.json')
  @Authorized(Permission.PrivacyRequests)
  @ApiOperation({
    operationId: 'exportPersonalDataJson',
    summary: 'Everything held about the graduate, for machines (152-FZ Art. 14)',
  })
  @ApiOkResponse({ description: 'Sections of labelled records', schema: { type: 'object' } })
  @ApiProblems(404)
  async exportJson(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<object> {
    res.setHeader('Cache-Control', 'private, no-store');
    return this.requests.export(actor, graduateId, 'json');
  }

  @Get('personal-data/export.pdf')
  @Authorized(Permission.PrivacyRequests)
  @ApiProduces(PDF)
  @ApiOperation({
    operationId: 'exportPersonalDataPdf',
    summary: 'Everything held about the graduate, printable for the person',
  })
  @ApiOkResponse({ description: 'The document', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(404)
  async exportPdf(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const content = await this.requests.exportPdf(actor, graduateId);
    return documentFile(
      { content, mimeType: PDF, fileName: 'Сведения о персональных данных.pdf' },
      res,
    );
  }

  @Get('consents/:consentId/form')
  @Authorized(Permission.PrivacyRequests)
  @ApiProduces(PDF)
  @ApiOperation({
    operationId: 'printConsentForm',
    summary: 'The written consent with its scope and validity, for signing',
  })
  @ApiOkResponse({ description: 'The document', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(404)
  async consentForm(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Param('consentId', idPipe) consentId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { pdf, fileName } = await this.requests.consentForm(actor, graduateId, consentId);
    return documentFile({ content: pdf, mimeType: PDF, fileName }, res);
  }
}
