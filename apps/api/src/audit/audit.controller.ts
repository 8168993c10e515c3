import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { XLSX_MIME } from '../documents/mime';
import { AuditViewerService } from './audit-viewer.service';
import { AuditPageDto } from './dto/audit-entry.dto';
import { AuditFilterDto, AuditQueryDto } from './dto/audit-query.dto';

/**
 * The access log for heads and the director (their institution) and for administrators
 * (administrative actions of every institution). Specialists get 403, curators 404.
 */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly viewer: AuditViewerService) {}

  @Get()
  @Authorized(Permission.AuditRead)
  @ApiOperation({
    operationId: 'listAudit',
    summary: 'Who read or changed what: filters, newest first, pages (reading is itself logged)',
    description:
      'Heads and the director see their institution (permission audit.read); administrators ' +
      '(audit.admin) see administrative actions across institutions. Days are days of the ' +
      'caller’s institution.',
  })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.viewer.page(actor, query);
  }

  @Get('export.xlsx')
  @Authorized(Permission.AuditRead)
  @ApiOperation({
    operationId: 'exportAudit',
    summary: 'The same selection as XLSX, streamed (the export is itself logged)',
  })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({
    description: 'audit.xlsx',
    content: { [XLSX_MIME]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400)
  async export(
    @CurrentActor() actor: Actor,
    @Query() filter: AuditFilterDto,
    @Res() res: Response,
  ): Promise<void> {
    res.status(200);
    res.setHeader('Content-Type', XLSX_MIME);
    res.setHeader('Content-Disposition', 'attachment; filename="audit.xlsx"');
    res.setHeader('Cache-Control', 'private, no-store');
    try {
      await this.viewer.export(actor, filter, res);
    } catch (error) {
      // Headers are gone: the client sees a broken download; the filter logs the cause.
      if (!res.headersSent) {
        res.removeHeader('Content-Disposition');
        throw error;
      }
      res.destroy(error as Error);
    }
  }
}
