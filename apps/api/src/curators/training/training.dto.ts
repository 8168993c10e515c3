import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { PageDto, PageQueryDto } from '../../common/pagination/page';
import { IsDay } from '../../common/validation/is-day';
import { trim } from '../../common/validation/transforms';

export class TrainingAttendeeDto {
  @ApiProperty({ format: 'uuid' }) curatorId: string;
  @ApiProperty({ example: 'Петрова Анна Сергеевна' }) fullName: string;
}

export class TrainingSessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty({ example: 'Особенности выпускников детских домов' }) topic: string;
  @ApiProperty({ example: 'Педагог-психолог Сидорова Е. В.' }) trainer: string;
  @ApiProperty({ example: 2 }) hours: number;
  @ApiProperty({ type: [TrainingAttendeeDto] }) attendees: TrainingAttendeeDto[];
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;
}

export class TrainingSessionPageDto extends PageDto(TrainingSessionDto, 'TrainingSessionPageDto') {}

export class ListTrainingSessionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDay() from?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDay() to?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Sessions this curator attended' })
  @IsOptional()
  @IsUUID()
  curatorId?: string;
}

export class CreateTrainingSessionDto {
  @ApiProperty({ format: 'date' }) @IsDay() heldOn: string;

  @ApiProperty({ maxLength: 300 })
  @Transform(trim)
  @IsString()
  @Length(2, 300)
  topic: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200)
  trainer?: string;

  @ApiProperty({ minimum: 1, maximum: 12, example: 2 })
  @IsInt()
  @Min(1)
  @Max(12)
  hours: number;
}

export class UpdateTrainingSessionDto extends PartialType(CreateTrainingSessionDto) {
  @ApiProperty() @IsInt() @Min(1) version: number;
}

export class SetAttendanceDto {
  @ApiProperty({ description: 'The session’s version' }) @IsInt() @Min(1) version: number;

  @ApiProperty({ type: [String], format: 'uuid', maxItems: 100, description: 'Who came' })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  curatorIds: string[];
}
