import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Min,
} from 'class-validator';
import { Consent, PARTNER_KINDS } from './consent.entity';
import { isCurrent } from './consent-state';
import { IsDay } from '../../common/validation/is-day';

export class ConsentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) signedOn: string;
  @ApiProperty({ description: 'Consent to process personal data' }) allowsProcessing: boolean;
  @ApiProperty({
    enum: PARTNER_KINDS,
    isArray: true,
    description: 'Partner kinds data may be shared with',
  })
  sharingPartnerKinds: string[];
  @ApiProperty({ description: 'Photos may be kept and used' }) allowsPhoto: boolean;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) scanFileId: string | null;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'The last day the consent is given for; null: until withdrawn',
  })
  validUntil: string | null;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'The day the withdrawal takes effect (may lie ahead)',
  })
  withdrawnOn: string | null;
  @ApiProperty({ description: 'In force today' }) current: boolean;
  @ApiProperty() version: number;

  static from(c: Consent, today: string): ConsentDto {
    return {
      id: c.id,
      signedOn: c.signedOn,
      allowsProcessing: c.allowsProcessing,
      sharingPartnerKinds: c.sharingPartnerKinds,
      allowsPhoto: c.allowsPhoto,
      scanFileId: c.scanFileId,
      validUntil: c.validUntil,
      withdrawnOn: c.withdrawnOn,
      current: isCurrent(c, today),
      version: c.version,
    };
  }
}

export class CreateConsentDto {
  @ApiProperty({ format: 'date' }) @IsDay() signedOn: string;
  @ApiProperty() @IsBoolean() allowsProcessing: boolean;
  @ApiPropertyOptional({ enum: PARTNER_KINDS, isArray: true })
  @IsOptional()
  @ArrayMaxSize(PARTNER_KINDS.length)
  @ArrayUnique()
  @IsIn(PARTNER_KINDS, { each: true })
  sharingPartnerKinds?: string[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() allowsPhoto?: boolean;
  @ApiPropertyOptional({ format: 'date', description: 'The last day the consent is given for' })
  @IsOptional()
  @IsDay()
  validUntil?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A consent_scan file of this graduate' })
  @IsOptional()
  @IsUUID()
  scanFileId?: string;
}

export class UpdateConsentDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
  @ApiPropertyOptional({
    format: 'date',
    description: 'The day the withdrawal takes effect; a day ahead keeps the consent until then',
  })
  @IsOptional()
  @IsDay()
  withdrawnOn?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() scanFileId?: string;
}
