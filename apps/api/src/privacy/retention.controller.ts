import { Body, Controller, Get, Param, Post, Res, StreamableFile } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { documentFile } from '../documents/document-file';
import { DestroyDto, DestructionActDto, RetentionOverviewDto } from './privacy.dto';
import { RetentionService } from './retention.service';

@ApiTags('privacy')
@Controller('privacy/retention')
export class RetentionController {
  constructor(
    private readonly retention: RetentionService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.PrivacyRetention)
  @ApiOperation({
    operationId: 'getRetention',
    summary: "Personal files of the caller's institution past the retention period",
  })
  @ApiOkResponse({ type: RetentionOverviewDto })
  async overview(@CurrentActor() actor: Actor): Promise<RetentionOverviewDto> {
    const overview = await this.retention.overview(actor);
    await this.audit.recordCaseList(
      actor,
      'retention',
      overview.due.map((d) => ({ id: d.graduateId, graduateId: d.graduateId })),
    );
    return overview;
  }

  @Post('destroy')
  @Authorized(Permission.PrivacyRetention)
  @ApiOperation({
    operationId: 'destroyPersonalData',
    summary: 'Irreversibly destroy the personal data of files past retention; draws up the act',
  })
  @ApiCreatedResponse({ type: DestructionActDto })
  @ApiProblems(400, 409)
  async destroy(@CurrentActor() actor: Actor, @Body() dto: DestroyDto): Promise<DestructionActDto> {
    return DestructionActDto.from(await this.retention.destroy(actor, dto.graduateIds));
  }

  @Get('acts')
  @Authorized(Permission.PrivacyRetention)
  @ApiOperation({ operationId: 'listDestructionActs', summary: 'Destruction acts, newest first' })
  @ApiOkResponse({ type: DestructionActDto, isArray: true })
  async acts(@CurrentActor() actor: Actor): Promise<DestructionActDto[]> {
    return (await this.retention.acts(actor)).map((a) => DestructionActDto.from(a));
  }

  @Get('acts/:id/document')
  @Authorized(Permission.PrivacyRetention)
  @ApiProduces('application/pdf')
  @ApiOperation({ operationId: 'printDestructionAct', summary: 'The stored act as PDF' })
  @ApiOkResponse({ description: 'The document', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(404)
  async actPdf(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const act = await this.retention.actPdf(actor, id);
    return documentFile(
      {
        content: act.pdf,
        mimeType: 'application/pdf',
        fileName: `Акт ${act.number.replace('/', '-')} об уничтожении персональных данных.pdf`,
      },
      res,
    );
  }
}
