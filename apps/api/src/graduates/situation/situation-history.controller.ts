import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { StaffRefDto } from '../../appeals/dto/refs.response';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import { SituationDto } from '../dto/situation.dto';
import { GraduatesService } from '../graduates.service';
import { SituationHistoryService } from './situation-history.service';

export class SituationRecordDto {
  @ApiProperty({ format: 'date' }) validFrom: string;
  @ApiProperty({ type: SituationDto }) situation: SituationDto;
  @ApiProperty({ type: [String], description: 'Parts changed against the previous state' })
  changedParts: string[];
  @ApiProperty({ type: StaffRefDto, nullable: true }) recordedBy: StaffRefDto | null;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

@ApiTags('graduates')
@Controller('graduates/:graduateId/situation-history')
export class SituationHistoryController {
  constructor(
    private readonly graduates: GraduatesService,
    private readonly situations: SituationHistoryService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.GraduatesRead)
  @ApiOperation({
    operationId: 'getSituationHistory',
    summary: 'Every recorded state of the situation, newest first (the read is logged)',
  })
  @ApiOkResponse({ type: SituationRecordDto, isArray: true })
  @ApiProblems(404)
  async history(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
  ): Promise<SituationRecordDto[]> {
    await this.graduates.getVisible(actor, graduateId);
    const records = await this.situations.history(graduateId);
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'situation_history',
      entityId: graduateId,
    });
    return records.map(({ record, author }) => ({
      validFrom: record.validFrom,
      situation: record.situation,
      changedParts: record.changedParts,
      recordedBy: author ? StaffRefDto.from(author) : null,
      recordedAt: record.recordedAt.toISOString(),
    }));
  }
}
