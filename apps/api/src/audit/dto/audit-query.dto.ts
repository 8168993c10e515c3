import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page';
import { IsDay } from '../../common/validation/is-day';

/** Filters of the access log; days are days of the caller's institution. */
export class AuditFilterDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Entries about this personal file: the file, its appeals, help, consents, scans',
  })
  @IsOptional()
  @IsUUID('4')
  graduateId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Entries made by this user' })
  @IsOptional()
  @IsUUID('4')
  userId?: string;

  @ApiPropertyOptional({ example: 'read', maxLength: 40 })
  @IsOptional()
  @MaxLength(40)
  @Matches(/^[a-z-]+$/)
  action?: string;

  @ApiPropertyOptional({ example: 'graduate', maxLength: 60 })
  @IsOptional()
  @MaxLength(60)
  @Matches(/^[a-z_]+$/)
  entity?: string;

  @ApiPropertyOptional({ format: 'date', description: 'First day, included' })
  @IsOptional()
  @IsDay()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day, included' })
  @IsOptional()
  @IsDay()
  to?: string;
}

/** The filters plus a page (at most 100 rows). */
export class AuditQueryDto extends IntersectionType(AuditFilterDto, PageQueryDto) {}
