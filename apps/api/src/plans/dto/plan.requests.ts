import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';
import { LifeDomain } from '../../common/life-domains';
import { PageQueryDto } from '../../common/pagination/page';
import { IsDay } from '../../common/validation/is-day';
import { queryBoolean, trim } from '../../common/validation/transforms';
import { PlanStatus } from '../plan.entity';

export class VersionDto {
  @ApiProperty({ description: 'The plan’s version the change is based on' })
  @IsInt()
  @Min(1)
  version: number;
}

export class PlanGoalDto {
  @ApiProperty({ enum: LifeDomain, enumName: 'LifeDomain' })
  @IsEnum(LifeDomain)
  domain: LifeDomain;

  @ApiProperty({ example: 'Оформить регистрацию по месту жительства', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  goal: string;
}

export class PlanFieldsDto {
  @ApiPropertyOptional({ format: 'date', description: 'Default: the contract’s start' })
  @IsOptional()
  @IsDay()
  periodFrom?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Default: a year later, within the contract',
  })
  @IsOptional()
  @IsDay()
  periodTo?: string;

  @ApiPropertyOptional({
    type: PlanGoalDto,
    isArray: true,
    maxItems: 10,
    description: 'At most one goal per life domain',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PlanGoalDto)
  goals?: PlanGoalDto[];
}

export class CreatePlanDto extends PlanFieldsDto {
  @ApiProperty({ format: 'uuid', description: 'The contract the plan is the annex of' })
  @IsUUID()
  contractId: string;
}

export class UpdatePlanDto extends PlanFieldsDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
}

export class ActivityFieldsDto {
  @ApiProperty({ enum: LifeDomain, enumName: 'LifeDomain' })
  @IsEnum(LifeDomain)
  domain: LifeDomain;

  @ApiProperty({ example: 'Подать документы на постановку в очередь на жильё', maxLength: 300 })
  @Transform(trim)
  @IsString()
  @Length(1, 300)
  title: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  description?: string;

  @ApiProperty({ format: 'date' }) @IsDay() dueOn: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'An active head or specialist; default: the contract’s responsible specialist',
  })
  @IsOptional()
  @IsUUID()
  responsibleUserId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'A partner organisation of the directory responsible for the activity',
  })
  @IsOptional()
  @IsUUID()
  responsiblePartnerId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'An approved volunteer curator of the institution who carries it out',
  })
  @IsOptional()
  @IsUUID()
  responsibleCuratorId?: string | null;
}

export class AddActivityDto extends ActivityFieldsDto {
  @ApiProperty({ description: 'The plan’s version' }) @IsInt() @Min(1) version: number;
}

export class UpdateActivityDto {
  @ApiProperty({ description: 'The plan’s version' }) @IsInt() @Min(1) version: number;

  @ApiPropertyOptional({ enum: LifeDomain, enumName: 'LifeDomain' })
  @IsOptional()
  @IsEnum(LifeDomain)
  domain?: LifeDomain;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 300)
  title?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  responsibleUserId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'A partner organisation of the directory responsible for the activity',
  })
  @IsOptional()
  @IsUUID()
  responsiblePartnerId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'An approved volunteer curator of the institution who carries it out',
  })
  @IsOptional()
  @IsUUID()
  responsibleCuratorId?: string | null;
}

export class CompleteActivityDto {
  @ApiProperty({ description: 'The plan’s version' }) @IsInt() @Min(1) version: number;
  @ApiProperty({ format: 'date', description: 'Not in the future' }) @IsDay() doneOn: string;
  @ApiProperty({ example: 'Паспорт получен', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  result: string;
}

export class MoveActivityDto {
  @ApiProperty({ description: 'The plan’s version' }) @IsInt() @Min(1) version: number;
  @ApiProperty({ format: 'date', description: 'The new due date' }) @IsDay() dueOn: string;
  @ApiProperty({ example: 'Выпускник в больнице', maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class CancelActivityDto {
  @ApiProperty({ description: 'The plan’s version' }) @IsInt() @Min(1) version: number;
  @ApiProperty({ example: 'Выпускник отказался', maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class ApprovePlanDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
  @ApiPropertyOptional({
    format: 'date',
    description: 'Next review; default and maximum: 6 months from today',
  })
  @IsOptional()
  @IsDay()
  nextReviewOn?: string;
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 2000)
  comment?: string;
}

export class ReturnPlanDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
  @ApiProperty({ example: 'Добавьте мероприятия по трудоустройству', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  comment: string;
}

export const PLAN_ATTENTION = ['awaiting_approval', 'past_review'] as const;

export class ListPlansQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() graduateId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() contractId?: string;
  @ApiPropertyOptional({ enum: PlanStatus, enumName: 'PlanStatus' })
  @IsOptional()
  @IsEnum(PlanStatus)
  status?: PlanStatus;
  @ApiPropertyOptional({
    enum: PLAN_ATTENTION,
    description: 'awaiting_approval: submitted; past_review: approved and the review date passed',
  })
  @IsOptional()
  @IsIn(PLAN_ATTENTION)
  attention?: (typeof PLAN_ATTENTION)[number];
}

export const ACTIVITY_DUE = ['overdue', 'week', 'open'] as const;

export class ListActivitiesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ACTIVITY_DUE,
    default: 'open',
    description:
      'overdue: not done and due before today; week: due today or in the next 6 days; open: every open activity',
  })
  @IsOptional()
  @IsIn(ACTIVITY_DUE)
  due?: (typeof ACTIVITY_DUE)[number];

  @ApiPropertyOptional({ description: 'Only activities the caller is responsible for' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  mine?: boolean;
}
