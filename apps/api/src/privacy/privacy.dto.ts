import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { IsDay } from '../common/validation/is-day';
import { DestructionAct } from './destruction-act.entity';
import {
  SUBJECT_REQUEST_CHANNELS,
  SUBJECT_REQUEST_KINDS,
  SubjectRequest,
  SubjectRequestChannel,
  SubjectRequestKind,
} from './subject-request.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SubjectRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) graduateId: string;
  @ApiProperty({
    enum: SUBJECT_REQUEST_KINDS,
    description: 'access: what is held (Art. 14, 10 working days); correction (Art. 21, 7)',
  })
  kind: SubjectRequestKind;
  @ApiProperty({ format: 'date' }) receivedOn: string;
  @ApiProperty({ enum: SUBJECT_REQUEST_CHANNELS }) channel: SubjectRequestChannel;
  @ApiProperty() requester: string;
  @ApiProperty() notes: string;
  @ApiProperty({ format: 'date', description: 'The last working day to answer' }) dueOn: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) answeredOn: string | null;
  @ApiProperty({ description: 'What was answered or corrected' }) answer: string;
  @ApiProperty({ description: 'Not answered and the due day has passed (institution time)' })
  overdue: boolean;
  @ApiProperty() version: number;

  static from(r: SubjectRequest, today: string): SubjectRequestDto {
    return {
      id: r.id,
      graduateId: r.graduateId,
      kind: r.kind,
      receivedOn: r.receivedOn,
      channel: r.channel,
      requester: r.requester,
      notes: r.notes,
      dueOn: r.dueOn,
      answeredOn: r.answeredOn,
      answer: r.answer,
      overdue: r.answeredOn === null && r.dueOn < today,
      version: r.version,
    };
  }
}

export class CreateSubjectRequestDto {
  @ApiProperty({ enum: SUBJECT_REQUEST_KINDS })
  @IsIn(SUBJECT_REQUEST_KINDS)
  kind: SubjectRequestKind;
  @ApiProperty({ format: 'date', description: 'Not in the future' }) @IsDay() receivedOn: string;
  @ApiProperty({ enum: SUBJECT_REQUEST_CHANNELS })
  @IsIn(SUBJECT_REQUEST_CHANNELS)
  channel: SubjectRequestChannel;
  @ApiPropertyOptional({ maxLength: 300, description: 'The graduate or their representative' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  requester?: string;
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export class AnswerSubjectRequestDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
  @ApiProperty({ format: 'date', description: 'Not before receipt, not in the future' })
  @IsDay()
  answeredOn: string;
  @ApiPropertyOptional({ maxLength: 4000, description: 'For a correction: what was corrected' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  answer?: string;
}

export class RetentionDueDto {
  @ApiProperty({ format: 'uuid' }) graduateId: string;
  @ApiProperty({ description: 'Short number of the personal file' }) fileNumber: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ format: 'date' }) supportEndedOn: string;
  @ApiProperty({ format: 'date', description: 'The last day of the retention period' })
  keepUntil: string;
}

export class RetentionOverviewDto {
  @ApiProperty({ description: 'Years data are kept after support ends' }) retentionYears: number;
  @ApiProperty({ type: RetentionDueDto, isArray: true }) due: RetentionDueDto[];
}

export class DestroyDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 200 })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  graduateIds: string[];
}

export class DestructionActDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026/1' }) number: string;
  @ApiProperty({ format: 'date' }) actDate: string;
  @ApiProperty() destroyedByName: string;
  @ApiProperty({ description: 'File numbers of the subjects', type: [String] })
  fileNumbers: string[];
  @ApiProperty() reason: string;
  @ApiProperty() method: string;

  static from(a: DestructionAct): DestructionActDto {
    return {
      id: a.id,
      number: a.number,
      actDate: a.actDate,
      destroyedByName: a.destroyedByName,
      fileNumbers: a.subjects.map((s) => s.fileNumber),
      reason: a.reason,
      method: a.method,
    };
  }
}
