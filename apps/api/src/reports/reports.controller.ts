import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { ApiProperty } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { documentFile } from '../documents/document-file';
import { PDF_MIME, XLSX_MIME } from '../documents/mime';
import {
  CreateReportDto,
  ListReportsQueryDto,
  ReportDocumentQueryDto,
  ReportDto,
  ReportPageDto,
  ReportVersionBodyDto,
  ReportVersionDto,
  ReturnReportDto,
  UpdateReportDto,
} from './dto/report.dto';
import { CalendarEntryDto, ReportCalendarService } from './report-calendar';
import { ReportFilesService } from './report-files.service';
import { ReportsService } from './reports.service';

class CalendarQueryDto {
  @ApiProperty({ minimum: 2000, maximum: 2100, example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly files: ReportFilesService,
    private readonly calendar: ReportCalendarService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.ReportsRead)
  @ApiOperation({
    operationId: 'listReports',
    summary: 'Reports: a specialist’s own, or the institution’s',
  })
  @ApiOkResponse({ type: ReportPageDto })
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() query: ListReportsQueryDto) {
    const page = await this.reports.list(actor, query);
    await this.audit.recordList(
      actor,
      'report',
      page.items.map((r) => r.id),
    );
    return page;
  }

  @Get('calendar')
  @Authorized(Permission.ReportsRead)
  @ApiOperation({
    operationId: 'getReportCalendar',
    summary: 'Every report due in a year, per person, with its state',
  })
  @ApiOkResponse({ type: CalendarEntryDto, isArray: true })
  @ApiProblems(400)
  calendarOf(@CurrentActor() actor: Actor, @Query() query: CalendarQueryDto) {
    return this.calendar.year(actor, query.year);
  }

  @Get(':id')
  @Authorized(Permission.ReportsRead)
  @ApiOperation({
    operationId: 'getReport',
    summary: 'A report with its figures (live while a draft, frozen once submitted)',
  })
  @ApiOkResponse({ type: ReportDto })
  @ApiProblems(404)
  get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return this.reports.read(actor, id);
  }

  @Post()
  @Authorized(Permission.ReportsWrite)
  @ApiOperation({
    operationId: 'createReport',
    summary: 'Start a report for a period (a specialist their month; a head the department’s)',
  })
  @ApiCreatedResponse({ type: ReportDto })
  @ApiProblems(400, 409)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateReportDto) {
    return this.reports.create(actor, dto);
  }

  @Patch(':id')
  @Authorized(Permission.ReportsWrite)
  @ApiOperation({
    operationId: 'updateReport',
    summary: 'Write the free-text sections (the author)',
  })
  @ApiOkResponse({ type: ReportDto })
  @ApiProblems(400, 404, 409)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateReportDto,
  ) {
    return this.reports.update(actor, id, dto);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Authorized(Permission.ReportsWrite)
  @ApiOperation({
    operationId: 'submitReport',
    summary: 'Submit: the figures are frozen as a new version',
  })
  @ApiOkResponse({ type: ReportDto })
  @ApiProblems(400, 404, 409)
  submit(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: ReportVersionBodyDto,
  ) {
    return this.reports.submit(actor, id, dto.version);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Authorized(Permission.ReportsRead)
  @ApiOperation({
    operationId: 'acceptReport',
    summary: 'Accept (the head a specialist’s month; the director the department’s)',
  })
  @ApiOkResponse({ type: ReportDto })
  @ApiProblems(400, 404, 409)
  accept(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: ReportVersionBodyDto,
  ) {
    return this.reports.accept(actor, id, dto.version);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Authorized(Permission.ReportsRead)
  @ApiOperation({ operationId: 'returnReport', summary: 'Return for rework with a comment' })
  @ApiOkResponse({ type: ReportDto })
  @ApiProblems(400, 404, 409)
  returnForRework(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: ReturnReportDto,
  ) {
    return this.reports.returnForRework(actor, id, dto.version, dto.comment);
  }

  @Get(':id/versions/:number')
  @Authorized(Permission.ReportsRead)
  @ApiOperation({
    operationId: 'getReportVersion',
    summary: 'One submitted version, as it was sent',
  })
  @ApiOkResponse({ type: ReportVersionDto })
  @ApiProblems(404)
  version(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Param('number', new ParseIntPipe({ errorHttpStatusCode: 404 })) number: number,
  ) {
    return this.reports.versionOf(actor, id, number);
  }

  @Get(':id/document')
  @Authorized(Permission.ReportsRead)
  @ApiProduces(PDF_MIME, XLSX_MIME)
  @ApiOperation({ operationId: 'downloadReport', summary: 'The report as PDF (to sign) or XLSX' })
  @ApiOkResponse({ description: 'The document', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, 404)
  async document(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Query() query: ReportDocumentQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return documentFile(await this.files.render(actor, id, query.format), res);
  }
}
