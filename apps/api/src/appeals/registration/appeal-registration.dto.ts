import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDay } from '../../common/validation/is-day';
import { trim } from '../../common/validation/transforms';
import { ServiceDelivery, ServiceForm } from '../../services/aid-service.entity';
import { AidServiceDto } from '../../services/dto/aid-service.response';
import { CreateAppealDto } from '../dto/appeal.requests';
import { AppealDto } from '../dto/appeal.response';

/** The help given while the graduate asked: its result is also what came of the appeal. */
export class HelpGivenNowDto {
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

  @ApiProperty({
    example: 'Подано заявление на восстановление паспорта',
    description: 'The result of the help, which is also the outcome of the resolved appeal',
  })
  @Transform(trim)
  @IsString()
  @Length(1, 4000)
  result: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Who gave the help: an active head or specialist of the institution; default the caller',
  })
  @IsOptional()
  @IsUUID()
  specialistId?: string;
}

export class RegisterAppealWithHelpDto extends OmitType(CreateAppealDto, [
  'status',
  'outcome',
  'referredTo',
] as const) {
  @ApiProperty({ type: () => HelpGivenNowDto })
  @IsObject()
  @ValidateNested()
  @Type(() => HelpGivenNowDto)
  help: HelpGivenNowDto;
}

export class AppealRegistrationDto {
  @ApiProperty({ type: () => AppealDto, description: 'Resolved, with the help’s result' })
  appeal: AppealDto;

  @ApiProperty({ type: () => AidServiceDto }) service: AidServiceDto;
}
