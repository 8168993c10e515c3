import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageDto, PageQueryDto } from '../../common/pagination/page';
import { IsDay } from '../../common/validation/is-day';
import { queryBoolean, trim } from '../../common/validation/transforms';
import { Partner, PARTNER_KINDS, PartnerKind } from '../partner.entity';

export class PartnerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'КГБ ПОУ Хабаровский технологический колледж' }) name: string;
  @ApiProperty({ enum: PARTNER_KINDS, enumName: 'PartnerKind' }) kind: PartnerKind;
  @ApiProperty() address: string;
  @ApiProperty() contactPerson: string;
  @ApiProperty({ type: [String] }) phones: string[];
  @ApiProperty() email: string;
  @ApiProperty() agreementNumber: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) agreementDate: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) agreementValidTo: string | null;
  @ApiProperty() note: string;
  @ApiProperty() archived: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;

  static from(p: Partner): PartnerDto {
    return {
      id: p.id,
      name: p.name,
      kind: p.kind,
      address: p.address,
      contactPerson: p.contactPerson,
      phones: p.phones,
      email: p.email,
      agreementNumber: p.agreementNumber,
      agreementDate: p.agreementDate,
      agreementValidTo: p.agreementValidTo,
      note: p.note,
      archived: p.archivedAt !== null,
      updatedAt: p.updatedAt.toISOString(),
      version: p.version,
    };
  }
}

export class PartnerPageDto extends PageDto(PartnerDto, 'PartnerPageDto') {}

export class PartnerFieldsDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 500)
  address?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200)
  contactPerson?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 5, example: ['+7 4212 00-00-00'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @Matches(/^[+\d][\d\s()-]{4,24}$/, {
    each: true,
    message: 'phone must contain digits, spaces, brackets or dashes',
  })
  phones?: string[];

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @ValidateIf((_, value) => value !== '')
  @IsEmail()
  @Length(0, 200)
  email?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 50)
  agreementNumber?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsDay()
  agreementDate?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsDay()
  agreementValidTo?: string | null;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 2000)
  note?: string;
}

export class CreatePartnerDto extends PartnerFieldsDto {
  @ApiProperty({ maxLength: 300 })
  @Transform(trim)
  @IsString()
  @Length(2, 300)
  name: string;

  @ApiProperty({ enum: PARTNER_KINDS, enumName: 'PartnerKind' })
  @IsIn(PARTNER_KINDS)
  kind: PartnerKind;
}

export class UpdatePartnerDto extends PartnerFieldsDto {
  @ApiProperty() @IsInt() @Min(1) version: number;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 300)
  name?: string;

  @ApiPropertyOptional({ enum: PARTNER_KINDS, enumName: 'PartnerKind' })
  @IsOptional()
  @IsIn(PARTNER_KINDS)
  kind?: PartnerKind;
}

export class ArchivePartnerDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
}

export class ListPartnersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the name' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: PARTNER_KINDS, enumName: 'PartnerKind' })
  @IsOptional()
  @IsIn(PARTNER_KINDS)
  kind?: PartnerKind;

  @ApiPropertyOptional({ description: 'Include archived partners' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  archived?: boolean;
}
