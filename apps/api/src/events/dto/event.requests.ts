import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page';
import { IsDay } from '../../common/validation/is-day';
import { trim } from '../../common/validation/transforms';
import { MAX_PARTICIPANTS } from '../event-rules';
import { GroupEventKind, GroupEventStatus } from '../group-event.entity';

/** A moment with its offset: the client says which zone it means. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export class EventFieldsDto {
  @ApiPropertyOptional({
    maxLength: 300,
    description: 'A lead who is not a user (a partner’s staff)',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 300)
  leadName?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'An approved, working volunteer curator of the institution who leads it',
  })
  @IsOptional()
  @IsUUID()
  leadCuratorId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'A partner organisation of the directory that runs it',
  })
  @IsOptional()
  @IsUUID()
  leadPartnerId?: string | null;

  @ApiPropertyOptional({ maxLength: 500, example: 'Актовый зал, ул. Ленина, 10' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 500)
  place?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  notes?: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_PARTICIPANTS,
    uniqueItems: true,
    description:
      'Graduates the caller may see, each once. On a change the list replaces the participants ' +
      'the caller sees; participants hidden from the caller stay.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PARTICIPANTS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  participantIds?: string[];
}

export class CreateEventDto extends EventFieldsDto {
  @ApiProperty({ enum: GroupEventKind, enumName: 'GroupEventKind' })
  @IsEnum(GroupEventKind)
  kind: GroupEventKind;

  @ApiProperty({ format: 'date-time', example: '2027-01-20T15:00:00+10:00' })
  @Matches(DATE_TIME, { message: '$property must be a date-time with a time zone' })
  @IsISO8601({ strict: true })
  startsAt: string;

  @ApiProperty({ minimum: 1, maximum: 1440, example: 90 })
  @IsInt()
  @Min(1)
  @Max(1440)
  durationMinutes: number;

  @ApiProperty({ maxLength: 500, example: 'Как снять квартиру и не потерять деньги' })
  @Transform(trim)
  @IsString()
  @Length(1, 500)
  topic: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description:
      'An active head or specialist of the institution; default: the caller unless leadName is given',
  })
  @IsOptional()
  @IsUUID()
  leadUserId?: string | null;
}

export class UpdateEventDto extends EventFieldsDto {
  @ApiProperty({ description: 'The version the change is based on' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ enum: GroupEventKind, enumName: 'GroupEventKind' })
  @IsOptional()
  @IsEnum(GroupEventKind)
  kind?: GroupEventKind;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @Matches(DATE_TIME, { message: '$property must be a date-time with a time zone' })
  @IsISO8601({ strict: true })
  startsAt?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1440 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  durationMinutes?: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 500)
  topic?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'null: no staff lead',
  })
  @IsOptional()
  @IsUUID()
  leadUserId?: string | null;
}

export class CancelEventDto {
  @ApiProperty() @IsInt() @Min(1) version: number;

  @ApiProperty({ maxLength: 1000, example: 'Карантин в общежитии' })
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class HoldEventDto {
  @ApiProperty() @IsInt() @Min(1) version: number;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: MAX_PARTICIPANTS,
    uniqueItems: true,
    description:
      'The participants who came; each gets a group service dated the event’s day. ' +
      'The others are recorded as absent.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PARTICIPANTS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  presentGraduateIds: string[];
}

export class ListEventsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'Starting on or after this day (institution’s zone)',
  })
  @IsOptional()
  @IsDay()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Starting on or before this day (institution’s zone)',
  })
  @IsOptional()
  @IsDay()
  to?: string;

  @ApiPropertyOptional({ enum: GroupEventKind, enumName: 'GroupEventKind' })
  @IsOptional()
  @IsEnum(GroupEventKind)
  kind?: GroupEventKind;

  @ApiPropertyOptional({ enum: GroupEventStatus, enumName: 'GroupEventStatus' })
  @IsOptional()
  @IsEnum(GroupEventStatus)
  status?: GroupEventStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Events this graduate takes part in' })
  @IsOptional()
  @IsUUID()
  graduateId?: string;
}
