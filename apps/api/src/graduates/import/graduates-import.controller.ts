import { XLSX_MIME } from '../../documents/mime';
import {
  Controller,
  Get,
  HttpCode,
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
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import { Upload, UploadInterceptor, UploadKind } from '../../documents/uploads';
import { ImportQueryDto, ImportUploadDto } from '../../common/xlsx/import.dto';
import { ImportReportDto } from './import.dto';
import { GraduatesImportService } from './graduates-import.service';

@ApiTags('graduates-import')
@Controller('graduates/import')
export class GraduatesImportController {
  constructor(private readonly imports: GraduatesImportService) {}

  @Get('template')
  @Authorized(Permission.GraduatesImport)
  @ApiProduces(XLSX_MIME)
  @ApiOperation({
    operationId: 'downloadGraduatesImportTemplate',
    summary: 'The XLSX template of the register import',
  })
  @ApiOkResponse({ description: 'XLSX file', schema: { type: 'string', format: 'binary' } })
  async template(@Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(await this.imports.template(), {
      type: XLSX_MIME,
      disposition: `attachment; filename="graduates_import_template.xlsx"`,
    });
  }

  @Post()
  @HttpCode(200)
  @Authorized(Permission.GraduatesImport)
  @UseInterceptors(UploadInterceptor(UploadKind.Import))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportUploadDto })
  @ApiOperation({
    operationId: 'importGraduates',
    summary:
      'Import a register of graduates from XLSX: a dry run lists every row’s errors; nothing is imported unless all rows are valid',
  })
  @ApiOkResponse({ type: ImportReportDto })
  @ApiResponse({
    status: 413,
    description: 'The file is larger than the import limit, or has more rows than one import takes',
    content: {
      'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } },
    },
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
