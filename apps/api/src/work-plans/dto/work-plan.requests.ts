import { WORK_PLAN_ITEM_MARKS } from '@postcare/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page';
import { IsDay } from '../../common/validation/is-day';
import { trim } from '../../common/validation/transforms';
import { WorkPlanKind, WorkPlanStatus } from '../work-plan.entity';

export class WorkPlanVersionDto {
  @ApiProperty({ description: 'The plan’s version the change is based on' })
  @IsInt()
  @Min(1)
  version: number;
}

export class WorkPlanVersionQueryDto {
  @ApiProperty({ description: 'The plan’s version the change is based on' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version: number;
}

export class CreateWorkPlanDto {
  @ApiProperty({ enum: WorkPlanKind, enumName: 'WorkPlanKind' })
  @IsEnum(WorkPlanKind)
  kind: WorkPlanKind;

  @ApiProperty({ minimum: 2000, maximum: 2100, example: 2027 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 12,
    description: 'Required for a monthly plan, absent for the annual one',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;
}

export class ApproveWorkPlanDto extends WorkPlanVersionDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 2000)
  comment?: string;
}

export class ReturnWorkPlanDto extends WorkPlanVersionDto {
  @ApiProperty({ maxLength: 2000, example: 'Добавьте мероприятия по профориентации' })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  comment: string;
}

export class AddSectionDto extends WorkPlanVersionDto {
  @ApiProperty({ maxLength: 300, example: 'Организационно-методическая работа' })
  @Transform(trim)
  @IsString()
  @Length(1, 300)
  title: string;
}

export class UpdateSectionDto extends AddSectionDto {}

export class ItemFieldsDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 12,
    description:
      'The term as a month (annual plan: any month; monthly plan: its own month). Give this or dueOn.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  dueMonth?: number;

  @ApiPropertyOptional({
    format: 'date',
    description: 'The term as a day within the plan’s period',
  })
  @IsOptional()
  @IsDay()
  dueOn?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'An active head or specialist of the institution',
  })
  @IsOptional()
  @IsUUID()
  responsibleUserId?: string | null;

  @ApiPropertyOptional({ maxLength: 300, example: 'специалисты службы' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 300)
  responsibleName?: string;

  @ApiPropertyOptional({ maxLength: 2000, example: 'Не менее 10 участников' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 2000)
  expectedResult?: string;
}

export class AddItemDto extends ItemFieldsDto {
  @ApiProperty({ description: 'The plan’s version' }) @IsInt() @Min(1) version: number;

  @ApiProperty({ format: 'uuid', description: 'A section of the same plan' })
  @IsUUID()
  sectionId: string;

  @ApiProperty({ maxLength: 1000, example: 'Тренинг «Мой бюджет» для выпускников' })
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  title: string;
}

export class UpdateItemDto extends ItemFieldsDto {
  @ApiProperty({ description: 'The plan’s version' }) @IsInt() @Min(1) version: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Move the item to another section' })
  @IsOptional()
  @IsUUID()
  sectionId?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  title?: string;
}

/** The marks an approved plan's item gets (the shared list in @postcare/domain). */
export const ITEM_MARKS = WORK_PLAN_ITEM_MARKS;

export class MarkItemDto extends WorkPlanVersionDto {
  @ApiProperty({ enum: ITEM_MARKS })
  @IsIn(ITEM_MARKS)
  status: (typeof ITEM_MARKS)[number];

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'What was done, or why not (required for not_done)',
    example: 'Проведено, 12 участников',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 2000)
  note?: string;
}

export class MoveItemDto extends WorkPlanVersionDto {
  @ApiProperty({ maxLength: 1000, example: 'Перенесено из-за карантина' })
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class ListWorkPlansQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: WorkPlanKind, enumName: 'WorkPlanKind' })
  @IsOptional()
  @IsEnum(WorkPlanKind)
  kind?: WorkPlanKind;

  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: WorkPlanStatus, enumName: 'WorkPlanStatus' })
  @IsOptional()
  @IsEnum(WorkPlanStatus)
  status?: WorkPlanStatus;
}
