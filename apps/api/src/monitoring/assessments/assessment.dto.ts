import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { StaffRefDto } from '../../appeals/dto/refs.response';
import { LIFE_DOMAINS, LifeDomain } from '../../common/life-domains';
import { PageQueryDto } from '../../common/pagination/page';
import { IsDay } from '../../common/validation/is-day';
import { trim } from '../../common/validation/transforms';
import { NoticeTrigger } from '../notices/notice.entity';
import { Assessment } from './assessment.entity';

export class DomainScoreDto {
  @ApiProperty({ enum: LifeDomain, enumName: 'LifeDomain' })
  @IsEnum(LifeDomain)
  domain: LifeDomain;

  @ApiProperty({
    minimum: 1,
    maximum: 4,
    description: '1 crisis, 2 vulnerable, 3 stable, 4 independent',
  })
  @IsInt()
  @Min(1)
  @Max(4)
  score: 1 | 2 | 3 | 4;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 500)
  note?: string;

  @ApiPropertyOptional({ maxLength: 4000, description: 'The facts behind the score' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  facts?: string;
}

export class CreateAssessmentDto {
  @ApiProperty({ format: 'date', description: 'Not in the future' }) @IsDay() assessedOn: string;

  @ApiProperty({
    type: DomainScoreDto,
    isArray: true,
    minItems: LIFE_DOMAINS.length,
    maxItems: LIFE_DOMAINS.length,
    description: 'One score for every life domain',
  })
  @IsArray()
  @ArrayMinSize(LIFE_DOMAINS.length)
  @ArrayMaxSize(LIFE_DOMAINS.length)
  @ValidateNested({ each: true })
  @Type(() => DomainScoreDto)
  scores: DomainScoreDto[];
}

export class CorrectAssessmentDto extends CreateAssessmentDto {
  @ApiProperty({ description: 'The revision being corrected (the current one)' })
  @IsInt()
  @Min(1)
  revision: number;

  @ApiProperty({ example: 'Уточнены сведения о жилье', maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @Length(3, 1000)
  reason: string;
}

export class DomainScoreViewDto {
  @ApiProperty({ enum: LifeDomain, enumName: 'LifeDomain' }) domain: LifeDomain;
  @ApiProperty({ minimum: 1, maximum: 4 }) score: number;
  @ApiProperty() note: string;
  @ApiProperty() facts: string;
}

export class SuggestedNoticeDto {
  @ApiProperty({ enum: NoticeTrigger, enumName: 'NoticeTrigger' }) trigger: NoticeTrigger;
  @ApiProperty({ enum: LifeDomain, enumName: 'LifeDomain' }) domain: LifeDomain;
  @ApiProperty({ description: 'Pre-filled finding text from the assessment' }) finding: string;
}

export class AssessmentDto {
  @ApiProperty({ format: 'uuid', description: 'The assessment (same for all its revisions)' })
  id: string;
  @ApiProperty({ description: '1 for the first record, +1 for every correction' }) revision: number;
  @ApiProperty({ description: 'The newest revision of this assessment' }) current: boolean;
  @ApiProperty({ format: 'date' }) assessedOn: string;
  @ApiProperty({
    type: DomainScoreViewDto,
    isArray: true,
    description: 'In the order of the life domains',
  })
  scores: DomainScoreViewDto[];
  @ApiProperty() correctionReason: string;
  @ApiProperty({ type: StaffRefDto, nullable: true }) assessedBy: StaffRefDto | null;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({
    type: SuggestedNoticeDto,
    isArray: true,
    description: 'Scores of 1 that call for informing the guardianship body',
  })
  suggestedNotices: SuggestedNoticeDto[];

  static from(
    a: Assessment,
    author: StaffRefDto | null,
    suggested: SuggestedNoticeDto[],
  ): AssessmentDto {
    const order = (d: LifeDomain) => LIFE_DOMAINS.indexOf(d);
    return {
      id: a.assessmentId,
      revision: a.revision,
      current: a.current,
      assessedOn: a.assessedOn,
      scores: [...a.scores].sort((x, y) => order(x.domain) - order(y.domain)),
      correctionReason: a.correctionReason,
      assessedBy: author,
      recordedAt: a.createdAt.toISOString(),
      suggestedNotices: suggested,
    };
  }
}

export class DynamicsPointDto {
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ format: 'date' }) assessedOn: string;
  @ApiProperty({ minimum: 1, maximum: 4 }) score: number;
}

export class DomainSeriesDto {
  @ApiProperty({ enum: LifeDomain, enumName: 'LifeDomain' }) domain: LifeDomain;
  @ApiProperty({ type: DynamicsPointDto, isArray: true, description: 'Oldest first' })
  points: DynamicsPointDto[];
  @ApiProperty({ nullable: true, type: Number, description: 'Latest minus first' })
  changeSinceFirst: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Latest minus the one before' })
  changeSincePrevious: number | null;
}

export class DynamicsDto {
  @ApiProperty({ type: DomainSeriesDto, isArray: true }) series: DomainSeriesDto[];
}

export const DUE_STATES = ['due', 'overdue'] as const;
export type DueState = (typeof DUE_STATES)[number];

export class DueAssessmentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: DUE_STATES,
    default: 'due',
    description: 'due: due within 14 days or overdue; overdue: past the due date',
  })
  @IsOptional()
  @IsIn(DUE_STATES)
  state?: DueState;
}

export class DueAssessmentDto {
  @ApiProperty({ format: 'uuid' }) graduateId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) lastAssessedOn: string | null;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: StaffRefDto, nullable: true }) responsibleSpecialist: StaffRefDto | null;
}

export class DueAssessmentPageDto {
  @ApiProperty({ type: DueAssessmentDto, isArray: true }) items: DueAssessmentDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class GuidanceDto {
  @ApiProperty({ enum: LifeDomain, enumName: 'LifeDomain' }) domain: LifeDomain;
  @ApiProperty({ minimum: 1, maximum: 4 }) score: number;
  @ApiProperty() text: string;
  @ApiProperty() version: number;
}

export class UpdateGuidanceDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @Length(3, 2000)
  text: string;
}
