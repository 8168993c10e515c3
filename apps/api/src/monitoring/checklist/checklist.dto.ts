import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { IsDay } from '../../common/validation/is-day';
import { trim } from '../../common/validation/transforms';
import { Milestone, MilestoneStatus } from './milestone.entity';

export class MilestoneDto {
  @ApiProperty({ enum: Milestone, enumName: 'Milestone' }) milestone: Milestone;
  @ApiProperty({ example: 'Паспорт' }) label: string;
  @ApiProperty({ enum: MilestoneStatus, enumName: 'MilestoneStatus' }) status: MilestoneStatus;
  @ApiProperty({ format: 'date', nullable: true, type: String }) on: string | null;
  @ApiProperty() note: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'null until first set; send it back when changing',
  })
  version: number | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) updatedAt: string | null;
}

export class SetMilestoneDto {
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'The version read; omit for a milestone never set',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @ApiProperty({ enum: MilestoneStatus, enumName: 'MilestoneStatus' })
  @IsEnum(MilestoneStatus)
  status: MilestoneStatus;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    type: String,
    description: 'Not in the future',
  })
  @IsOptional()
  @IsDay()
  on?: string | null;

  @ApiPropertyOptional({ maxLength: 500, example: 'Номер в очереди: 1234' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 500)
  note?: string;
}
