import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { GraduateRefDto } from '../../appeals/dto/refs.response';
import { PageDto, PageQueryDto } from '../../common/pagination/page';
import { IsDay } from '../../common/validation/is-day';
import { trim } from '../../common/validation/transforms';
import { PARTNER_KINDS, PartnerKind } from '../partner.entity';
import { Referral, ReferralStatus } from './referral.entity';

export class PartnerRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PARTNER_KINDS, enumName: 'PartnerKind' }) kind: PartnerKind;
}

export class ReferralDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: GraduateRefDto }) graduate: GraduateRefDto;
  @ApiProperty({ type: PartnerRefDto }) partner: PartnerRefDto;
  @ApiProperty({ format: 'date' }) referredOn: string;
  @ApiProperty() purpose: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) appealId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) activityId: string | null;
  @ApiProperty({ enum: ReferralStatus, enumName: 'ReferralStatus' }) status: ReferralStatus;
  @ApiProperty({ format: 'date' }) statusOn: string;
  @ApiProperty() result: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;

  /** Expects the graduate and the partner loaded. */
  static from(r: Referral): ReferralDto {
    return {
      id: r.id,
      graduate: GraduateRefDto.from(r.graduate!),
      partner: { id: r.partner!.id, name: r.partner!.name, kind: r.partner!.kind },
      referredOn: r.referredOn,
      purpose: r.purpose,
      appealId: r.appealId,
      activityId: r.activityId,
      status: r.status,
      statusOn: r.statusOn,
      result: r.result,
      createdAt: r.createdAt.toISOString(),
      version: r.version,
    };
  }
}

export class ReferralPageDto extends PageDto(ReferralDto, 'ReferralPageDto') {}

export class CreateReferralDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() graduateId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() partnerId: string;
  @ApiProperty({ format: 'date', description: 'Not in the future' }) @IsDay() referredOn: string;

  @ApiProperty({ maxLength: 2000, example: 'Постановка на учёт в центре занятости' })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  purpose: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The graduate’s appeal it answers' })
  @IsOptional()
  @IsUUID()
  appealId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The plan activity it serves' })
  @IsOptional()
  @IsUUID()
  activityId?: string;
}

export class ReferralStepDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
  @ApiProperty({ format: 'date', description: 'Not before the referral, not in the future' })
  @IsDay()
  on: string;
  @ApiPropertyOptional({ maxLength: 2000, description: 'Required when done or declined' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 2000)
  result?: string;
}

export class ListReferralsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() graduateId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() partnerId?: string;
  @ApiPropertyOptional({ enum: ReferralStatus, enumName: 'ReferralStatus' })
  @IsOptional()
  @IsEnum(ReferralStatus)
  status?: ReferralStatus;
}
