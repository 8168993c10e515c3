import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { ChangeAction } from './change-log-entry.entity';
import { FEED_RESOURCES } from './change-log.subscriber';

export class ChangesQueryDto {
  @ApiPropertyOptional({
    description: 'The `next` cursor of the previous page; omit to start from the beginning',
    maxLength: 19,
    pattern: '^\\d{1,19}$',
  })
  @IsOptional()
  @Matches(/^\d{1,19}$/)
  since?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number = 100;
}

export class ChangeDto {
  @ApiProperty({ description: 'The position in the feed (a cursor)', maxLength: 19 }) id: string;
  @ApiProperty({ enum: FEED_RESOURCES.map((r) => r.resource), enumName: 'ChangeResource' })
  resource: string;
  @ApiProperty({ format: 'uuid' }) resourceId: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: ChangeAction, enumName: 'ChangeAction' }) action: ChangeAction;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class ChangesPageDto {
  @ApiProperty({ type: ChangeDto, isArray: true, maxItems: 500 }) items: ChangeDto[];
  @ApiProperty({
    description: 'Pass as `since` to get the changes after this page (the same when none yet)',
    maxLength: 19,
  })
  next: string;
}

@ApiTags('integrations')
@Controller('changes')
export class ChangesController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Authorized(Permission.ChangesRead)
  @ApiOperation({
    operationId: 'listChanges',
    summary:
      'The change feed: records created, changed or archived after the cursor, oldest first, ' +
      'only kinds the caller may read, in the caller’s institution',
  })
  @ApiOkResponse({ type: ChangesPageDto })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ChangesQueryDto,
  ): Promise<ChangesPageDto> {
    const since = query.since ?? '0';
    const resources = FEED_RESOURCES.filter((r) => actor.can(r.permission)).map((r) => r.resource);
    const everywhere = actor.can(Permission.ScopeAllInstitutions);
    const rows = (await this.dataSource.query(
      `SELECT id::text, resource, resource_id, version, action, at FROM change_log
        WHERE id > $1::bigint AND resource = ANY($2::text[])
          AND ($3::boolean OR institution_id = $4::uuid)
        ORDER BY id LIMIT $5`,
      [since, resources, everywhere, actor.institutionId, query.limit ?? 100],
    )) as {
      id: string;
      resource: string;
      resource_id: string;
      version: number;
      action: ChangeAction;
      at: Date;
    }[];
    return {
      items: rows.map((row) => ({
        id: row.id,
        resource: row.resource,
        resourceId: row.resource_id,
        version: row.version,
        action: row.action,
        at: row.at.toISOString(),
      })),
      next: rows.length ? rows[rows.length - 1].id : since,
    };
  }
}
