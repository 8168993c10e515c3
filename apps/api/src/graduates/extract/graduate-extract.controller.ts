import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import { documentFile } from '../../documents/document-file';
import { PDF_MIME } from '../../documents/mime';
import { GraduateExtractService } from './graduate-extract.service';

@ApiTags('graduates')
@Controller('graduates/:id/extract')
export class GraduateExtractController {
  constructor(private readonly extracts: GraduateExtractService) {}

  @Get()
  @Authorized(Permission.GraduatesRead)
  @ApiProduces(PDF_MIME)
  @ApiOperation({
    operationId: 'printGraduateExtract',
    summary: 'A printable extract of the personal file (PDF), audited as an export',
  })
  @ApiOkResponse({ description: 'The extract', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(404)
  async extract(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return documentFile(await this.extracts.render(actor, id), res);
  }
}
