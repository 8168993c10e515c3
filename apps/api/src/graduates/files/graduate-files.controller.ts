import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
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
import {
  ArchiveFileDto,
  GraduateFileDto,
  ListFilesQueryDto,
  UploadGraduateFileDto,
} from './graduate-file.dto';
import { Upload, UploadInterceptor, UploadKind } from '../../documents/uploads';
import { GraduateFilesService } from './graduate-files.service';

@ApiTags('graduate-files')
@Controller('graduates/:graduateId/files')
export class GraduateFilesController {
  constructor(
    private readonly files: GraduateFilesService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.GraduatesRead)
  @ApiOperation({
    operationId: 'listGraduateFiles',
    summary: 'Photos and document scans of a personal file',
  })
  @ApiOkResponse({ type: GraduateFileDto, isArray: true })
  @ApiProblems(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Query() query: ListFilesQueryDto,
  ): Promise<GraduateFileDto[]> {
    const files = await this.files.list(actor, graduateId, query.includeArchived);
    await this.audit.recordList(
      actor,
      'graduate_file',
      files.map((f) => f.id),
      { graduateId },
    );
    return files.map(GraduateFileDto.from);
  }

  @Post()
  @Authorized(Permission.GraduatesWrite)
  @UseInterceptors(UploadInterceptor(UploadKind.Photo, UploadKind.Scan))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadGraduateFileDto })
  @ApiOperation({
    operationId: 'uploadGraduateFile',
    summary: 'Upload a photo (portrait / full height) or a document scan',
  })
  @ApiCreatedResponse({ type: GraduateFileDto })
  @ApiProblems(400, 404, 409, 413, 415)
  async upload(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Body() dto: UploadGraduateFileDto,
    @UploadedFile() file: Upload | undefined,
  ): Promise<GraduateFileDto> {
    return GraduateFileDto.from(
      await this.files.upload(actor, graduateId, dto.kind, dto.title ?? '', file),
    );
  }

  @Get(':fileId/content')
  @Authorized(Permission.GraduatesRead)
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png', 'image/webp')
  @ApiOperation({
    operationId: 'downloadGraduateFile',
    summary: 'The file itself (the download is audited)',
  })
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(404)
  async download(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Param('fileId', idPipe) fileId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.files.download(actor, graduateId, fileId);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(file.content, {
      type: file.mimeType,
      length: file.sizeBytes,
      disposition: `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
  }

  @Post(':fileId/archive')
  @HttpCode(200)
  @Authorized(Permission.GraduatesWrite)
  @ApiOperation({
    operationId: 'archiveGraduateFile',
    summary: 'Archive a file (it is never deleted)',
  })
  @ApiOkResponse({ type: GraduateFileDto })
  @ApiProblems(400, 404, 409)
  async archive(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Param('fileId', idPipe) fileId: string,
    @Body() dto: ArchiveFileDto,
  ): Promise<GraduateFileDto> {
    return GraduateFileDto.from(await this.files.archive(actor, graduateId, fileId, dto.version));
  }
}
