import { Controller, Query, Res, StreamableFile, UploadedFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import { ImportTemplateRoute, ImportUploadRoute } from '../../common/xlsx/import.decorators';
import { ImportQueryDto } from '../../common/xlsx/import.dto';
import { XLSX_MIME } from '../../documents/mime';
import { Upload } from '../../documents/uploads';
import { ImportReportDto } from './import.dto';
import { GraduatesImportService } from './graduates-import.service';

@ApiTags('graduates-import')
@Controller('graduates/import')
export class GraduatesImportController {
  constructor(private readonly imports: GraduatesImportService) {}

  @ImportTemplateRoute()
  @Authorized(Permission.GraduatesImport)
  @ApiOperation({
    operationId: 'downloadGraduatesImportTemplate',
    summary: 'The XLSX template of the register import',
  })
  async template(@Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(await this.imports.template(), {
      type: XLSX_MIME,
      disposition: `attachment; filename="graduates_import_template.xlsx"`,
    });
  }

  @ImportUploadRoute(ImportReportDto)
  @Authorized(Permission.GraduatesImport)
  @ApiOperation({
    operationId: 'importGraduates',
    summary:
      'Import a register of graduates from XLSX: a dry run lists every row’s errors; nothing is imported unless all rows are valid',
  })
  @ApiProblems(400, 415)
  run(
    @CurrentActor() actor: Actor,
    @Query() query: ImportQueryDto,
    @UploadedFile() file: Upload | undefined,
  ): Promise<ImportReportDto> {
    return this.imports.run(actor, file, query.dryRun ?? true);
  }
}
