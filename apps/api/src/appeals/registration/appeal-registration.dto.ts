import { ApiProperty, OmitType, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { trim } from '../../common/validation/transforms';
import { CreateAidServiceDto } from '../../services/dto/aid-service.requests';
import { AidServiceDto } from '../../services/dto/aid-service.response';
import { CreateAppealDto } from '../dto/appeal.requests';
import { AppealDto } from '../dto/appeal.response';

/**
 * The help given while the graduate asked, worded as any act of help (its graduate and
 * appeal are the ones being registered); its result is also what came of the appeal, so it
 * is required here.
 */
export class HelpGivenNowDto extends PickType(CreateAidServiceDto, [
  'providedOn',
  'kindId',
  'form',
  'delivery',
  'durationMinutes',
  'specialistId',
] as const) {
  @ApiProperty({
    example: 'Подано заявление на восстановление паспорта',
    description: 'The result of the help, which is also the outcome of the resolved appeal',
  })
  @Transform(trim)
  @IsString()
  @Length(1, 4000)
  result: string;
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
