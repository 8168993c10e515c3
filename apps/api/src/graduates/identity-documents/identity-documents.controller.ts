import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import {
  ArchiveGraduateRecordDto,
  ListGraduateRecordsQueryDto,
} from '../records/graduate-record.dto';
import { GraduateRecordsService } from '../records/graduate-records.service';
import {
  CreateIdentityDocumentDto,
  IdentityDocumentDto,
  UpdateIdentityDocumentDto,
} from './identity-document.dto';
import { IDENTITY_DOCUMENTS } from './identity-documents.kind';

@ApiTags('graduate-identity-documents')
@Controller('graduates/:graduateId/identity-documents')
export class IdentityDocumentsController {
  constructor(private readonly records: GraduateRecordsService) {}

  @Get()
  @Authorized(Permission.GraduatesRead)
  @ApiOperation({
    operationId: 'listGraduateIdentityDocuments',
    summary: 'Identity documents of the graduate (passport, birth certificate, SNILS, INN, …)',
  })
  @ApiOkResponse({ type: IdentityDocumentDto, isArray: true })
  @ApiProblems(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Query() query: ListGraduateRecordsQueryDto,
  ): Promise<IdentityDocumentDto[]> {
    const rows = await this.records.list(
      IDENTITY_DOCUMENTS,
      actor,
      graduateId,
      query.includeArchived,
    );
    return rows.map(IdentityDocumentDto.from);
  }

  @Post()
  @Authorized(Permission.GraduatesWrite)
  @ApiOperation({
    operationId: 'createGraduateIdentityDocument',
    summary: 'Add an identity document (needs a current written consent)',
  })
  @ApiCreatedResponse({ type: IdentityDocumentDto })
  @ApiProblems(400, 404, 409)
  async create(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Body() dto: CreateIdentityDocumentDto,
  ): Promise<IdentityDocumentDto> {
    return IdentityDocumentDto.from(
      await this.records.create(IDENTITY_DOCUMENTS, actor, graduateId, dto),
    );
  }

  @Patch(':id')
  @Authorized(Permission.GraduatesWrite)
  @ApiOperation({
    operationId: 'updateGraduateIdentityDocument',
    summary: 'Correct an identity document',
  })
  @ApiOkResponse({ type: IdentityDocumentDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Param('id', idPipe) id: string,
    @Body() { version, ...changes }: UpdateIdentityDocumentDto,
  ): Promise<IdentityDocumentDto> {
    return IdentityDocumentDto.from(
      await this.records.update(IDENTITY_DOCUMENTS, actor, graduateId, id, version, changes),
    );
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Authorized(Permission.GraduatesWrite)
  @ApiOperation({
    operationId: 'archiveGraduateIdentityDocument',
    summary: 'Archive an identity document (kept in history, never deleted)',
  })
  @ApiOkResponse({ type: IdentityDocumentDto })
  @ApiProblems(400, 404, 409)
  async archive(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Param('id', idPipe) id: string,
    @Body() dto: ArchiveGraduateRecordDto,
  ): Promise<IdentityDocumentDto> {
    return IdentityDocumentDto.from(
      await this.records.archive(IDENTITY_DOCUMENTS, actor, graduateId, id, dto.version),
    );
  }
}
