import { CursorPageQueryDto } from '../../common/pagination/cursor';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
} from 'class-validator';
import { AppealChannel, AppealStatus } from '../appeal.entity';
import { IsDay } from '../../common/validation/is-day';
import { queryBoolean, trim } from '../../common/validation/transforms';

/** A moment with its time zone, so the registering staff member's local time is unambiguous. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_TIME_MESSAGE =
  '$property must be a date-time with a time zone, e.g. 2026-11-05T10:30:00+10:00';

export class CreateAppealDto {
  @ApiProperty({ format: 'uuid', description: 'A graduate the caller may see' })
  @IsUUID()
  graduateId: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-11-05T10:30:00+10:00',
    description: 'When the graduate asked; default now. Not in the future.',
  })
  @IsOptional()
  @Matches(DATE_TIME, { message: DATE_TIME_MESSAGE })
  @IsISO8601({ strict: true })
  registeredAt?: string;

  @ApiProperty({ enum: AppealChannel, enumName: 'AppealChannel' })
  @IsEnum(AppealChannel)
  channel: AppealChannel;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Entries of the `problem` dictionary that are not retired',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  problemIds: string[];

  @ApiPropertyOptional({ example: 'Просит помочь восстановить паспорт, утерян при переезде' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  description?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'An active head or specialist of the institution; empty = intake queue',
  })
  @IsOptional()
  @IsUUID()
  assignedSpecialistId?: string | null;

  @ApiPropertyOptional({
    enum: AppealStatus,
    enumName: 'AppealStatus',
    default: AppealStatus.New,
    description: 'A consultation given at once may be registered as resolved',
  })
  @IsOptional()
  @IsEnum(AppealStatus)
  status?: AppealStatus;

  @ApiPropertyOptional({ description: 'Required when resolved or referred' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  outcome?: string;

  @ApiPropertyOptional({
    example: 'КГКУ «Центр занятости населения г. Хабаровска»',
    description: 'Required when referred',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 500)
  referredTo?: string;
}

export class UpdateAppealDto {
  @ApiProperty({ description: 'The version the edit is based on' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-11-05T10:30:00+10:00' })
  @IsOptional()
  @Matches(DATE_TIME, { message: DATE_TIME_MESSAGE })
  @IsISO8601({ strict: true })
  registeredAt?: string;

  @ApiPropertyOptional({ enum: AppealChannel, enumName: 'AppealChannel' })
  @IsOptional()
  @IsEnum(AppealChannel)
  channel?: AppealChannel;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Replaces the list; entries already on the appeal may stay even if retired',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  problemIds?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  description?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'null returns the appeal to the intake queue',
  })
  @IsOptional()
  @IsUUID()
  assignedSpecialistId?: string | null;

  @ApiPropertyOptional({
    enum: AppealStatus,
    enumName: 'AppealStatus',
    description:
      'new → in_progress | resolved | referred; in_progress → resolved | referred; ' +
      'resolved | referred → in_progress (reopened)',
  })
  @IsOptional()
  @IsEnum(AppealStatus)
  status?: AppealStatus;

  @ApiPropertyOptional({ description: 'Required when resolved or referred' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  outcome?: string;

  @ApiPropertyOptional({ description: 'Required when referred' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 500)
  referredTo?: string;
}

export class ListAppealsQueryDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Registered on or after this day' })
  @IsOptional()
  @IsDay()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Registered on or before this day' })
  @IsOptional()
  @IsDay()
  to?: string;

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

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  graduateId?: string;
}
