import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { AppealStatus } from '../../appeals/appeal.entity';
import { IsDay } from '../../common/validation/is-day';
import { queryBoolean } from '../../common/validation/transforms';

export class JournalPeriodDto {
  @ApiProperty({ format: 'date', example: '2026-11-01', description: 'First day, included' })
  @IsDay()
  from: string;

  @ApiProperty({
    format: 'date',
    example: '2026-11-30',
    description: 'Last day, included; at most 366 days after `from`',
  })
  @IsDay()
  to: string;

  // The filters of the journal page (the same as the appeals list's).

  @ApiPropertyOptional({ enum: AppealStatus, enumName: 'AppealStatus' })
  @IsOptional()
  @IsEnum(AppealStatus)
  status?: AppealStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Assigned specialist' })
  @IsOptional()
  @IsUUID()
  specialistId?: string;

  @ApiPropertyOptional({
    description:
      'Only appeals with no specialist assigned (the intake queue); not with specialistId',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  unassigned?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Names this problem' })
  @IsOptional()
  @IsUUID()
  problemId?: string;
}
