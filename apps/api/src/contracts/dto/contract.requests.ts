import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page';
import { IsDay } from '../../common/validation/is-day';
import { queryBoolean, trim } from '../../common/validation/transforms';
import { ContractEndReason, ContractKind, ContractStatus } from '../contract.entity';

const TEXT = 4000;

export class ContractFieldsDto {
  @ApiPropertyOptional({
    example: 'ДС-2026/7',
    maxLength: 50,
    description: 'Default: the next `<prefix>-<year>/<seq>` of the institution',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  number?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsDay()
  applicationDate?: string | null;

  @ApiPropertyOptional({ format: 'date', description: 'Default: today' })
  @IsOptional()
  @IsDay()
  startsOn?: string;

  @ApiPropertyOptional({
    format: 'date',
    description:
      'Default: the day before the 23rd birthday, or the end of study for a student over 23, or the end of the exception order',
  })
  @IsOptional()
  @IsDay()
  endsOn?: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: 30,
    description: 'Kinds of help agreed: entries of the `service-kind` dictionary',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  serviceKindIds?: string[];

  @ApiPropertyOptional({
    maxLength: 300,
    description: 'Name of the legal representative (needed when the graduate is under 18)',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 300)
  legalRepresentative?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Default: the graduate’s responsible specialist',
  })
  @IsOptional()
  @IsUUID()
  responsibleSpecialistId?: string | null;

  @ApiPropertyOptional({ maxLength: TEXT })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, TEXT)
  conditions?: string;
}

export class CreateContractDto extends ContractFieldsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() graduateId: string;

  @ApiProperty({ enum: ContractKind, enumName: 'ContractKind' })
  @IsEnum(ContractKind)
  kind: ContractKind;
}

export class UpdateContractDto extends ContractFieldsDto {
  @ApiProperty({ description: 'The version the edit is based on' })
  @IsInt()
  @Min(1)
  version: number;
}

export class ActivateContractDto {
  @ApiProperty() @IsInt() @Min(1) version: number;

  @ApiProperty({ format: 'date', description: 'The day both parties signed; not in the future' })
  @IsDay()
  signedOn: string;

  @ApiPropertyOptional({
    description:
      'Signed on paper, the scan will be uploaded later (the contract stays listed as missing a scan). Needed when no scan is uploaded yet.',
  })
  @IsOptional()
  @IsBoolean()
  scanLater?: boolean;
}

/** Reasons staff may choose; `superseded` is set by the system only. */
export const END_REASONS = Object.values(ContractEndReason).filter(
  (r) => r !== ContractEndReason.Superseded,
);

export class EndContractDto {
  @ApiProperty() @IsInt() @Min(1) version: number;

  @ApiProperty({ format: 'date', description: 'Not before signing, not in the future' })
  @IsDay()
  endedOn: string;

  @ApiProperty({ enum: END_REASONS, enumName: 'ContractEndReasonInput' })
  @IsIn(END_REASONS)
  reason: ContractEndReason;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Required for `other`' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 1000)
  reasonText?: string;
}

export class DiscardContractDto {
  @ApiProperty() @IsInt() @Min(1) version: number;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 1000)
  reason?: string;
}

export class UploadContractScanDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF, JPEG or PNG up to 10 MB' })
  file: unknown;

  @ApiProperty({ description: 'The contract’s version' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version: number;
}

export const CONTRACT_ATTENTION = ['expiring', 'expired', 'missing_scan', 'plan_missing'] as const;
export type ContractAttention = (typeof CONTRACT_ATTENTION)[number];

export class ListContractsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() graduateId?: string;

  @ApiPropertyOptional({ enum: ContractStatus, enumName: 'ContractStatus' })
  @IsOptional()
  @IsEnum(ContractStatus)
  status?: ContractStatus;

  @ApiPropertyOptional({ enum: ContractKind, enumName: 'ContractKind' })
  @IsOptional()
  @IsEnum(ContractKind)
  kind?: ContractKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Responsible specialist' })
  @IsOptional()
  @IsUUID()
  specialistId?: string;

  @ApiPropertyOptional({
    enum: CONTRACT_ATTENTION,
    description:
      'expiring: active, ending within 30 days; expired: active past its end; missing_scan: active without the signed scan; plan_missing: active 14+ days, graduate in the first year after leaving care, no approved plan',
  })
  @IsOptional()
  @IsIn(CONTRACT_ATTENTION)
  attention?: ContractAttention;

  @ApiPropertyOptional({ description: 'Only the caller’s own contracts (responsible specialist)' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  mine?: boolean;
}

export class DocumentQueryDto {
  @ApiProperty({ enum: ['docx', 'pdf'] })
  @IsIn(['docx', 'pdf'])
  format: 'docx' | 'pdf';
}
