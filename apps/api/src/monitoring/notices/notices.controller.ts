import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import { DocumentQueryDto } from '../../contracts/dto/contract.requests';
import { documentFile } from '../../documents/document-file';
import { DOCX_MIME, PDF_MIME } from '../../documents/mime';
import { Upload, UploadInterceptor, UploadKind } from '../../documents/uploads';
import { NoticeDocumentsService } from './notice-documents.service';
import {
  AnswerNoticeDto,
  CancelNoticeDto,
  CreateNoticeDto,
  ListNoticesQueryDto,
  NoticeDto,
  NoticePageDto,
  SendNoticeDto,
  UpdateNoticeDto,
  UploadNoticeScanDto,
} from './notice.dto';
import { NoticesService } from './notices.service';

@ApiTags('monitoring')
@Controller('notices')
export class NoticesController {
  constructor(
    private readonly notices: NoticesService,
    private readonly documents: NoticeDocumentsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.MonitoringRead)
  @ApiOperation({
    operationId: 'listNotices',
    summary: 'Notices to guardianship bodies: to send, overdue, sent, answered (by due date)',
  })
  @ApiOkResponse({ type: NoticePageDto })
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListNoticesQueryDto,
  ): Promise<NoticePageDto> {
    const page = await this.notices.list(actor, query);
    await this.audit.recordCaseList(actor, 'notice', page.items);
    return { ...page, items: page.items.map((n) => NoticeDto.from(n, actor.today())) };
  }

  @Get(':id')
  @Authorized(Permission.MonitoringRead)
  @ApiOperation({ operationId: 'getNotice', summary: 'One notice (the read is logged)' })
  @ApiOkResponse({ type: NoticeDto })
  @ApiProblems(404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string): Promise<NoticeDto> {
    return NoticeDto.from(await this.notices.open(actor, id), actor.today());
  }

  @Post()
  @Authorized(Permission.MonitoringWrite)
  @ApiOperation({
    operationId: 'createNotice',
    summary:
      'Open a notice: what was found and when; due by the institution’s rule (default the next working day)',
  })
  @ApiCreatedResponse({ type: NoticeDto })
  @ApiProblems(400, 404)
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateNoticeDto): Promise<NoticeDto> {
    return NoticeDto.from(await this.notices.create(actor, dto), actor.today());
  }

  @Patch(':id')
  @Authorized(Permission.MonitoringWrite)
  @ApiOperation({ operationId: 'updateNotice', summary: 'Correct a notice not yet sent' })
  @ApiOkResponse({ type: NoticeDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateNoticeDto,
  ): Promise<NoticeDto> {
    return NoticeDto.from(await this.notices.update(actor, id, dto), actor.today());
  }

  @Post(':id/send')
  @HttpCode(200)
  @Authorized(Permission.MonitoringWrite)
  @ApiOperation({
    operationId: 'sendNotice',
    summary: 'Mark the notice sent: day, method, outgoing number',
  })
  @ApiOkResponse({ type: NoticeDto })
  @ApiProblems(400, 404, 409)
  async send(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: SendNoticeDto,
  ): Promise<NoticeDto> {
    return NoticeDto.from(await this.notices.send(actor, id, dto), actor.today());
  }

  @Post(':id/answer')
  @HttpCode(200)
  @Authorized(Permission.MonitoringWrite)
  @ApiOperation({ operationId: 'answerNotice', summary: 'Record the guardianship body’s answer' })
  @ApiOkResponse({ type: NoticeDto })
  @ApiProblems(400, 404, 409)
  async answer(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: AnswerNoticeDto,
  ): Promise<NoticeDto> {
    return NoticeDto.from(await this.notices.answer(actor, id, dto), actor.today());
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Authorized(Permission.MonitoringWrite)
  @ApiOperation({
    operationId: 'cancelNotice',
    summary: 'Cancel a notice opened by mistake (kept)',
  })
  @ApiOkResponse({ type: NoticeDto })
  @ApiProblems(400, 404, 409)
  async cancel(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: CancelNoticeDto,
  ): Promise<NoticeDto> {
    return NoticeDto.from(await this.notices.cancel(actor, id, dto), actor.today());
  }

  @Post(':id/scans')
  @HttpCode(200)
  @Authorized(Permission.MonitoringWrite)
  @UseInterceptors(UploadInterceptor(UploadKind.Scan))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadNoticeScanDto })
  @ApiOperation({
    operationId: 'uploadNoticeScan',
    summary:
      'Attach the scan of the letter sent or of the answer (kept among the personal file’s documents)',
  })
  @ApiOkResponse({ type: NoticeDto })
  @ApiProblems(400, 404, 409, 413, 415)
  async uploadScan(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UploadNoticeScanDto,
    @UploadedFile() file: Upload | undefined,
  ): Promise<NoticeDto> {
    return NoticeDto.from(
      await this.notices.uploadScan(actor, id, dto.kind, dto.version, file),
      actor.today(),
    );
  }

  @Get(':id/document')
  @Authorized(Permission.MonitoringRead)
  @ApiProduces(DOCX_MIME, PDF_MIME)
  @ApiOperation({
    operationId: 'printNotice',
    summary: 'The letter to the guardianship body, DOCX or PDF',
  })
  @ApiOkResponse({ description: 'The document', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, 404)
  async document(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Query() query: DocumentQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const doc = await this.documents.render(actor, id, query.format);
    return documentFile(doc, res);
  }
}
