import { Controller, Query, Res, StreamableFile, UploadedFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { ImportTemplateRoute, ImportUploadRoute } from '../common/xlsx/import.decorators';
import { ImportQueryDto } from '../common/xlsx/import.dto';
import { XLSX_MIME } from '../documents/mime';
import { Upload } from '../documents/uploads';
import { JournalImportReportDto } from './journal-import.dto';
import { JournalImportService } from './journal-import.service';

@ApiTags('journal-import')
@Controller('journal/import')
export class JournalImportController {
  constructor(private readonly imports: JournalImportService) {}

  @ImportTemplateRoute()
  @Authorized(Permission.JournalImport)
  @ApiOperation({
    operationId: 'downloadJournalImportTemplate',
    summary: 'The XLSX template of the journal import: the exported journal’s columns',
  })
  async template(@Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(await this.imports.template(), {
      type: XLSX_MIME,
      disposition: `attachment; filename="journal_import_template.xlsx"`,
    });
  }

  @ImportUploadRoute(JournalImportReportDto)
  @Authorized(Permission.JournalImport)
  @ApiOperation({
    operationId: 'importJournal',
    summary:
      'Import an appeal journal (appeals and help given) from XLSX: a dry run lists every row’s errors; nothing is imported unless all rows are valid',
    description:
      'One row per appeal, optionally with the help given for it; rows without an appeal date, ' +
      'channel and problems are help given without an appeal. Graduates are matched by full ' +
      'name and birth date, problems and kinds of help by their dictionary names (retired ' +
      'ones too). A row already in the journal is an error, so a file cannot be imported twice.',
  })
  @ApiProblems(400, 415, 422)
  run(
    @CurrentActor() actor: Actor,
    @Query() query: ImportQueryDto,
    @UploadedFile() file: Upload | undefined,
  ): Promise<JournalImportReportDto> {
    return this.imports.run(actor, file, query.dryRun ?? true);
  }
}
