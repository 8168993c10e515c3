import { applyDecorators, Get, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiResponse } from '@nestjs/swagger';
import { XLSX_MIME } from '../../documents/mime';
import { UploadInterceptor, UploadKind } from '../../documents/uploads';
import { ImportUploadDto } from './import.dto';

/** The GET of an import's blank XLSX template. */
export function ImportTemplateRoute() {
  return applyDecorators(
    Get('template'),
    ApiProduces(XLSX_MIME),
    ApiOkResponse({ description: 'XLSX file', schema: { type: 'string', format: 'binary' } }),
  );
}

/**
 * The POST of an XLSX import (register, journal): one multipart file, answered 200 with the
 * import's report whether it was a dry run or not; 413 for a file over the import limits.
 */
export function ImportUploadRoute(report: new (...args: never[]) => unknown) {
  return applyDecorators(
    Post(),
    HttpCode(200),
    UseInterceptors(UploadInterceptor(UploadKind.Import)),
    ApiConsumes('multipart/form-data'),
    ApiBody({ type: ImportUploadDto }),
    ApiOkResponse({ type: report }),
    ApiResponse({
      status: 413,
      description:
        'The file is larger than the import limit, or has more rows than one import takes',
      content: {
        'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } },
      },
    }),
  );
}
