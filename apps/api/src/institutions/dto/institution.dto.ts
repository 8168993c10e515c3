import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { PageDto, PageQueryDto } from '../../common/pagination/page';
import { Institution, InstitutionKind } from '../institution.entity';
import { trim } from '../../common/validation/transforms';

export class InstitutionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'КГБОУ Детский дом 5' }) name: string;
  @ApiProperty({ enum: InstitutionKind, enumName: 'InstitutionKind' }) kind: InstitutionKind;
  @ApiProperty({ example: 'Хабаровский край' }) region: string;
  @ApiProperty({ example: 'г. Хабаровск' }) municipality: string;
  @ApiProperty({ example: 'Отдел опеки и попечительства по г. Хабаровску' })
  guardianshipBody: string;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;

  static from(i: Institution): InstitutionDto {
    return {
      id: i.id,
      name: i.name,
      kind: i.kind,
      region: i.region,
      municipality: i.municipality,
      guardianshipBody: i.guardianshipBody,
      active: i.active,
      createdAt: i.createdAt.toISOString(),
      updatedAt: i.updatedAt.toISOString(),
      version: i.version,
    };
  }
}

export class InstitutionPageDto extends PageDto(InstitutionDto, 'InstitutionPageDto') {}

export class CreateInstitutionDto {
  @ApiProperty({ example: 'КГБОУ Детский дом 5' })
  @Transform(trim)
  @IsString()
  @Length(2, 300)
  name: string;

  @ApiProperty({ enum: InstitutionKind, enumName: 'InstitutionKind' })
  @IsEnum(InstitutionKind)
  kind: InstitutionKind;

  @ApiProperty({ example: 'Хабаровский край' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  region: string;

  @ApiPropertyOptional({ example: 'г. Хабаровск' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200)
  municipality?: string;

  @ApiPropertyOptional({ example: 'Отдел опеки и попечительства по г. Хабаровску' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 300)
  guardianshipBody?: string;
}

export class UpdateInstitutionDto {
  @ApiProperty({ description: 'The version the edit is based on' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 300)
  name?: string;

  @ApiPropertyOptional({ enum: InstitutionKind, enumName: 'InstitutionKind' })
  @IsOptional()
  @IsEnum(InstitutionKind)
  kind?: InstitutionKind;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  region?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200)
  municipality?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 300)
  guardianshipBody?: string;

  @ApiPropertyOptional({
    description: 'Inactive institutions stay in history but are hidden from pickers',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ListInstitutionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;
}
