import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import { contentDisposition } from '../../documents/content-disposition';
import { XLSX_MIME } from '../../documents/mime';
import { ListGraduatesQueryDto } from '../dto/graduate.requests';
import { GraduatesExportService } from './graduates-export.service';

// Registered before the graduates controller, so `export.xlsx` is not taken for an id.
@ApiTags('graduates')
@Controller('graduates/export.xlsx')
export class GraduatesExportController {
  constructor(private readonly exports: GraduatesExportService) {}

  @Get()
  @Authorized(Permission.GraduatesRead)
  @ApiProduces(XLSX_MIME)
  @ApiOperation({
    operationId: 'exportGraduates',
    summary: 'The graduates list as XLSX, with the same filters as the list (page ignored)',
  })
  @ApiOkResponse({ description: 'The spreadsheet', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400)
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: ListGraduatesQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const first = await this.exports.firstBatch(actor, query);
    res.setHeader('Content-Type', XLSX_MIME);
    res.setHeader('Content-Disposition', contentDisposition(`Выпускники ${actor.today()}.xlsx`));
    res.setHeader('Cache-Control', 'private, no-store');
    await this.exports.write(actor, query, first, res);
  }
}
