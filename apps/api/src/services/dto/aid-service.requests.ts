import { CursorPageQueryDto } from '../../common/pagination/cursor';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { ServiceDelivery, ServiceForm } from '../aid-service.entity';
import { IsDay } from '../../common/validation/is-day';
import { trim } from '../../common/validation/transforms';

export class CreateAidServiceDto {
  @ApiProperty({ format: 'uuid', description: 'A graduate the caller may see' })
  @IsUUID()
  graduateId: string;

  @ApiProperty({ format: 'date', example: '2026-11-05', description: 'Not in the future' })
  @IsDay()
  providedOn: string;

  @ApiProperty({
    format: 'uuid',
    description: 'An entry of the `service-kind` dictionary, not retired',
  })
  @IsUUID()
  kindId: string;

  @ApiProperty({ enum: ServiceForm, enumName: 'ServiceForm' })
  @IsEnum(ServiceForm)
  form: ServiceForm;

  @ApiProperty({ enum: ServiceDelivery, enumName: 'ServiceDelivery' })
  @IsEnum(ServiceDelivery)
  delivery: ServiceDelivery;

  @ApiProperty({ minimum: 1, maximum: 1440, example: 45 })
  @IsInt()
  @Min(1)
  @Max(1440)
  durationMinutes: number;

  @ApiPropertyOptional({ example: 'Подано заявление на восстановление паспорта' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  result?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The appeal this help answers: same graduate, registered on or before providedOn',
  })
  @IsOptional()
  @IsUUID()
  appealId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Who gave the help: an active head or specialist of the institution; default the caller',
  })
  @IsOptional()
  @IsUUID()
  specialistId?: string;
}

export class UpdateAidServiceDto {
  @ApiProperty({ description: 'The version the edit is based on' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ format: 'date', example: '2026-11-05' })
  @IsOptional()
  @IsDay()
  providedOn?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A retired kind may stay, not be chosen anew',
  })
  @IsOptional()
  @IsUUID()
  kindId?: string;

  @ApiPropertyOptional({ enum: ServiceForm, enumName: 'ServiceForm' })
  @IsOptional()
  @IsEnum(ServiceForm)
  form?: ServiceForm;

  @ApiPropertyOptional({ enum: ServiceDelivery, enumName: 'ServiceDelivery' })
  @IsOptional()
  @IsEnum(ServiceDelivery)
  delivery?: ServiceDelivery;

  @ApiPropertyOptional({ minimum: 1, maximum: 1440 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  durationMinutes?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  result?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'null detaches the help from its appeal',
  })
  @IsOptional()
  @IsUUID()
  appealId?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  specialistId?: string;
}

export class ListAidServicesQueryDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Given on or after this day' })
  @IsOptional()
  @IsDay()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Given on or before this day' })
  @IsOptional()
  @IsDay()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  graduateId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Who gave the help' })
  @IsOptional()
  @IsUUID()
  specialistId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  kindId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  appealId?: string;
}
