import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { GraduateRefDto } from '../../appeals/dto/refs.response';
import { PageDto, PageQueryDto } from '../../common/pagination/page';
import { IsDay } from '../../common/validation/is-day';
import { trim } from '../../common/validation/transforms';
import {
  GuardianshipNotice,
  NoticeMethod,
  NoticeSource,
  NoticeStatus,
  NoticeTrigger,
} from './notice.entity';

export class CreateNoticeDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() graduateId: string;

  @ApiProperty({ enum: NoticeTrigger, enumName: 'NoticeTrigger' })
  @IsEnum(NoticeTrigger)
  trigger: NoticeTrigger;

  @ApiProperty({ format: 'date', description: 'When it was found; not in the future' })
  @IsDay()
  foundOn: string;

  @ApiProperty({ maxLength: 4000, example: 'Закреплённое жильё занято посторонними лицами' })
  @Transform(trim)
  @IsString()
  @Length(1, 4000)
  finding: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  measures?: string;

  @ApiPropertyOptional({ enum: NoticeSource, enumName: 'NoticeSource', default: 'other' })
  @IsOptional()
  @IsEnum(NoticeSource)
  source?: NoticeSource;

  @ApiPropertyOptional({ format: 'uuid', description: 'The assessment, contact or appeal' })
  @IsOptional()
  @IsUUID()
  sourceId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A guardianship body of the partner directory; its name becomes the recipient',
  })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @ApiPropertyOptional({
    maxLength: 300,
    description:
      'Default: the partner named, else the first guardianship body of the partner directory, else of the institution’s settings',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 300)
  recipient?: string;
}

export class UpdateNoticeDto {
  @ApiProperty() @IsInt() @Min(1) version: number;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 4000)
  finding?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  measures?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 300)
  recipient?: string;
}

export class SendNoticeDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
  @ApiProperty({ format: 'date', description: 'Not in the future' }) @IsDay() sentOn: string;
  @ApiProperty({ enum: NoticeMethod, enumName: 'NoticeMethod' })
  @IsEnum(NoticeMethod)
  method: NoticeMethod;
  @ApiPropertyOptional({ maxLength: 50, example: '01-15/342' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 50)
  outgoingNumber?: string;
}

export class AnswerNoticeDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
  @ApiProperty({ format: 'date', description: 'Not before sending, not in the future' })
  @IsDay()
  answeredOn: string;
  @ApiProperty({ maxLength: 4000 })
  @Transform(trim)
  @IsString()
  @Length(1, 4000)
  answerText: string;
}

export class CancelNoticeDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
  @ApiProperty({ maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @Length(3, 1000)
  reason: string;
}

export class UploadNoticeScanDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF, JPEG or PNG up to 10 MB' })
  file: unknown;
  @ApiProperty({ enum: ['letter', 'answer'] }) @IsIn(['letter', 'answer']) kind:
    'letter' | 'answer';
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) version: number;
}

export const NOTICE_STATES = ['to_send', 'overdue', 'sent', 'answered', 'cancelled'] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];

export class ListNoticesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: NOTICE_STATES,
    description: 'overdue: still to send and past the due date (in the institution’s zone)',
  })
  @IsOptional()
  @IsIn(NOTICE_STATES)
  state?: NoticeState;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() graduateId?: string;
}

export class NoticeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: GraduateRefDto }) graduate: GraduateRefDto;
  @ApiProperty({ enum: NoticeTrigger, enumName: 'NoticeTrigger' }) trigger: NoticeTrigger;
  @ApiProperty({ format: 'date' }) foundOn: string;
  @ApiProperty() finding: string;
  @ApiProperty() measures: string;
  @ApiProperty({ enum: NoticeSource, enumName: 'NoticeSource' }) source: NoticeSource;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) sourceId: string | null;
  @ApiProperty({ description: 'Required by the institution’s rule at the graduate’s age' })
  mandatory: boolean;
  @ApiProperty() recipient: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: NoticeStatus, enumName: 'NoticeStatus' }) status: NoticeStatus;
  @ApiProperty({ description: 'Still to send and past the due date' }) overdue: boolean;
  @ApiProperty({ format: 'date', nullable: true, type: String }) sentOn: string | null;
  @ApiProperty({ enum: NoticeMethod, enumName: 'NoticeMethod', nullable: true })
  method: NoticeMethod | null;
  @ApiProperty() outgoingNumber: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) letterScanFileId: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) answeredOn: string | null;
  @ApiProperty() answerText: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) answerScanFileId: string | null;
  @ApiProperty() cancelReason: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;

  /** Expects the graduate loaded. */
  static from(n: GuardianshipNotice, today: string): NoticeDto {
    return {
      id: n.id,
      graduate: GraduateRefDto.from(n.graduate!),
      trigger: n.trigger,
      foundOn: n.foundOn,
      finding: n.finding,
      measures: n.measures,
      source: n.source,
      sourceId: n.sourceId,
      mandatory: n.mandatory,
      recipient: n.recipient,
      dueOn: n.dueOn,
      status: n.status,
      overdue: n.status === NoticeStatus.ToSend && n.dueOn < today,
      sentOn: n.sentOn,
      method: n.method,
      outgoingNumber: n.outgoingNumber,
      letterScanFileId: n.letterScanFileId,
      answeredOn: n.answeredOn,
      answerText: n.answerText,
      answerScanFileId: n.answerScanFileId,
      cancelReason: n.cancelReason,
      createdAt: n.createdAt.toISOString(),
      version: n.version,
    };
  }
}

export class NoticePageDto extends PageDto(NoticeDto, 'NoticePageDto') {}
