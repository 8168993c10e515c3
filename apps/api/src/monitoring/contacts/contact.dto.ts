import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
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
import { StaffRefDto } from '../../appeals/dto/refs.response';
import { PageDto, PageQueryDto } from '../../common/pagination/page';
import { IsDay } from '../../common/validation/is-day';
import { trim } from '../../common/validation/transforms';
import { CuratorRefDto } from '../../curators/dto/curator-ref.dto';
import { CaseContact, ContactKind, ContactOutcome } from './case-contact.entity';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export class ContactFieldsDto {
  @ApiPropertyOptional({ enum: ContactOutcome, enumName: 'ContactOutcome', default: 'held' })
  @IsOptional()
  @IsEnum(ContactOutcome)
  outcome?: ContactOutcome;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: 10,
    description: 'Staff who took part (default: the caller)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  participantIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: 5,
    description: 'Volunteer curators who took part',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsUUID('all', { each: true })
  curatorIds?: string[];

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  nextSteps?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The appeal this is a case note of',
  })
  @IsOptional()
  @IsUUID()
  appealId?: string | null;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: 20,
    description: 'Plan activities it served',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  activityIds?: string[];

  @ApiPropertyOptional({ maxLength: 1000, description: 'Study or work: attendance' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 1000)
  attendance?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Study or work: results' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 2000)
  results?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'The teacher’s or employer’s view' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 2000)
  counterpartView?: string;
}

export class CreateContactDto extends ContactFieldsDto {
  @ApiProperty({
    format: 'date-time',
    example: '2026-11-05T10:30:00+10:00',
    description: 'Not in the future',
  })
  @Matches(DATE_TIME, { message: '$property must be a date-time with a time zone' })
  @IsISO8601({ strict: true })
  occurredAt: string;

  @ApiProperty({ enum: ContactKind, enumName: 'ContactKind' })
  @IsEnum(ContactKind)
  kind: ContactKind;

  @ApiProperty({ maxLength: 4000, example: 'Посетил общежитие, комната в порядке' })
  @Transform(trim)
  @IsString()
  @Length(1, 4000)
  summary: string;
}

export class UpdateContactDto extends ContactFieldsDto {
  @ApiProperty() @IsInt() @Min(1) version: number;

  @ApiPropertyOptional({ format: 'date-time', description: 'Not in the future' })
  @IsOptional()
  @Matches(DATE_TIME, { message: '$property must be a date-time with a time zone' })
  @IsISO8601({ strict: true })
  occurredAt?: string;

  @ApiPropertyOptional({ enum: ContactKind, enumName: 'ContactKind' })
  @IsOptional()
  @IsEnum(ContactKind)
  kind?: ContactKind;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 4000)
  summary?: string;
}

export class ListContactsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ContactKind, enumName: 'ContactKind' })
  @IsOptional()
  @IsEnum(ContactKind)
  kind?: ContactKind;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() appealId?: string;

  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDay() from?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDay() to?: string;
}

export class ContactDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ enum: ContactKind, enumName: 'ContactKind' }) kind: ContactKind;
  @ApiProperty({ enum: ContactOutcome, enumName: 'ContactOutcome' }) outcome: ContactOutcome;
  @ApiProperty({ type: StaffRefDto, isArray: true }) participants: StaffRefDto[];
  @ApiProperty({ type: CuratorRefDto, isArray: true }) curators: CuratorRefDto[];
  @ApiProperty() summary: string;
  @ApiProperty() nextSteps: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) appealId: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) activityIds: string[];
  @ApiProperty() attendance: string;
  @ApiProperty() results: string;
  @ApiProperty() counterpartView: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;

  static from(
    c: CaseContact,
    staff: Map<string, StaffRefDto>,
    curators: Map<string, CuratorRefDto> = new Map(),
  ): ContactDto {
    return {
      id: c.id,
      occurredAt: c.occurredAt.toISOString(),
      kind: c.kind,
      outcome: c.outcome,
      participants: c.participantIds.flatMap((id) => (staff.has(id) ? [staff.get(id)!] : [])),
      curators: c.curatorIds.flatMap((id) => (curators.has(id) ? [curators.get(id)!] : [])),
      summary: c.summary,
      nextSteps: c.nextSteps,
      appealId: c.appealId,
      activityIds: c.activityIds,
      attendance: c.attendance,
      results: c.results,
      counterpartView: c.counterpartView,
      createdAt: c.createdAt.toISOString(),
      version: c.version,
    };
  }
}

export class ContactPageDto extends PageDto(ContactDto, 'ContactPageDto') {}
