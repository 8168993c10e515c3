import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { IsDay } from '../../common/validation/is-day';
import { queryBoolean, trim } from '../../common/validation/transforms';

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Петрова Анна Сергеевна' }) fullName: string;
}

export class CuratorAssignmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: () => PersonRefDto }) curator: PersonRefDto;
  @ApiProperty({ type: () => PersonRefDto }) graduate: PersonRefDto;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'The first day without the assignment (access ends that day); null: open-ended',
  })
  endsOn: string | null;
  @ApiProperty({ example: 'Помощь в поиске работы и в быту' }) goal: string;
  @ApiProperty() endReason: string;
  @ApiProperty({ description: 'Open today in the institution’s zone' }) current: boolean;
  @ApiProperty({ type: () => PersonRefDto, nullable: true }) assignedBy: PersonRefDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;
}

export class ListAssignmentsQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() curatorId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() graduateId?: string;
  @ApiPropertyOptional({ description: 'Only the assignments open today' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  current?: boolean;
}

export class CreateAssignmentDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() graduateId: string;
  @ApiProperty({ format: 'date' }) @IsDay() startsOn: string;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsDay()
  endsOn?: string | null;

  @ApiProperty({ maxLength: 1000, example: 'Помощь в поиске работы и в быту' })
  @Transform(trim)
  @IsString()
  @Length(2, 1000)
  goal: string;
}

export class EndAssignmentDto {
  @ApiProperty({ description: 'The assignment’s version' }) @IsInt() @Min(1) version: number;
  @ApiProperty({ format: 'date', description: 'The first day without the assignment' })
  @IsDay()
  endsOn: string;
  @ApiProperty({ maxLength: 1000, example: 'Цель достигнута' })
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  reason: string;
}
