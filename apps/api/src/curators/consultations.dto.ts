import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsDay } from '../common/validation/is-day';
import { trim } from '../common/validation/transforms';
import { PersonRefDto } from './assignments/assignment.dto';

export class ConsultationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty({ type: () => PersonRefDto }) staff: PersonRefDto;
  @ApiProperty({ example: 'Как говорить с выпускником о долгах' }) topic: string;
  @ApiProperty() notes: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) graduateId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CreateConsultationDto {
  @ApiProperty({ format: 'date' }) @IsDay() heldOn: string;

  @ApiProperty({ maxLength: 300 })
  @Transform(trim)
  @IsString()
  @Length(2, 300)
  topic: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  notes?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The graduate it was about' })
  @IsOptional()
  @IsUUID()
  graduateId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Who consulted; the caller by default' })
  @IsOptional()
  @IsUUID()
  staffUserId?: string;
}
