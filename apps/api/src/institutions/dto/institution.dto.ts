import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsTimeZone } from '../../common/validation/is-time-zone';
import { PageDto, PageQueryDto } from '../../common/pagination/page';
import { Institution, InstitutionKind } from '../institution.entity';
import { trim } from '../../common/validation/transforms';

/** Requisites printed on the institution's documents (contracts, plans, notices). */
export class InstitutionRequisitesDto {
  @ApiProperty({ example: 'Краевое государственное бюджетное учреждение «Детский дом № 5»' })
  fullName: string;
  @ApiProperty({ example: 'КГБУ Детский дом 5' }) shortName: string;
  @ApiProperty({ example: '680000, г. Хабаровск, ул. Ленина, д. 1' }) address: string;
  @ApiProperty({ example: 'Иванова Ирина Ивановна' }) directorName: string;
  @ApiProperty({ example: 'Директор' }) directorPosition: string;
  @ApiProperty({ example: '+7 4212 00-00-00' }) phone: string;
  @ApiProperty({ example: 'dd5@example.ru' }) email: string;

  static from(i: Institution): InstitutionRequisitesDto {
    return {
      fullName: i.fullName,
      shortName: i.shortName,
      address: i.address,
      directorName: i.directorName,
      directorPosition: i.directorPosition,
      phone: i.phone,
      email: i.email,
    };
  }
}

/** How often assessments are due, when notices are due, and to whom they go. */
export class MonitoringRulesDto {
  @ApiProperty({
    example: 3,
    description: 'Months between assessments in the first year after leaving care',
  })
  assessmentMonthsFirstYear: number;
  @ApiProperty({ example: 6, description: 'Months between assessments later on' })
  assessmentMonthsLater: number;
  @ApiProperty({ example: 1, description: 'Working days to inform the guardianship body' })
  noticeDueWorkingDays: number;
  @ApiProperty({
    description:
      'Threat-to-life notices only for graduates under 18 (001 §6.2); false: any age (000 §7.1.4)',
  })
  threatNoticeMinorsOnly: boolean;
  @ApiProperty({ type: [String], description: 'Guardianship bodies notices go to' })
  guardianshipBodies: string[];
}

/** How curators are trained and how many graduates each may help. */
export class CuratorRulesDto {
  @ApiProperty({ example: 16, description: 'Training hours before a candidate may be approved' })
  trainingHours: number;
  @ApiProperty({ example: 3, description: 'Graduates one curator may help at the same time' })
  maxGraduates: number;
}

export class InstitutionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'КГБОУ Детский дом 5' }) name: string;
  @ApiProperty({ enum: InstitutionKind, enumName: 'InstitutionKind' }) kind: InstitutionKind;
  @ApiProperty({ example: 'Хабаровский край' }) region: string;
  @ApiProperty({ example: 'г. Хабаровск' }) municipality: string;
  @ApiProperty({ example: 'Отдел опеки и попечительства по г. Хабаровску' })
  guardianshipBody: string;
  @ApiProperty() active: boolean;
  @ApiProperty({
    example: 'Asia/Vladivostok',
    description: 'IANA time zone: the "today" of the institution',
  })
  timeZone: string;
  @ApiProperty({ type: () => InstitutionRequisitesDto }) requisites: InstitutionRequisitesDto;
  @ApiProperty({ example: 'ДС', description: 'Contracts are numbered <prefix>-<year>/<seq>' })
  contractPrefix: string;
  @ApiProperty({ type: () => MonitoringRulesDto }) monitoring: MonitoringRulesDto;
  @ApiProperty({ type: () => CuratorRulesDto }) curators: CuratorRulesDto;
  @ApiProperty({
    example: 5,
    description: '152-FZ: years personal data are kept after support ends',
  })
  retentionYears: number;
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
      timeZone: i.timeZone,
      requisites: InstitutionRequisitesDto.from(i),
      contractPrefix: i.contractPrefix,
      monitoring: {
        assessmentMonthsFirstYear: i.assessmentMonthsFirstYear,
        assessmentMonthsLater: i.assessmentMonthsLater,
        noticeDueWorkingDays: i.noticeDueWorkingDays,
        threatNoticeMinorsOnly: i.threatNoticeMinorsOnly,
        guardianshipBodies: i.guardianshipBodies,
      },
      curators: { trainingHours: i.curatorTrainingHours, maxGraduates: i.curatorMaxGraduates },
      retentionYears: i.retentionYears,
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

  @ApiPropertyOptional({ example: 'Asia/Vladivostok', default: 'Europe/Moscow' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
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

/** What the institution's head (or an administrator) sets: time zone, requisites, numbering. */
export class UpdateInstitutionSettingsDto {
  @ApiProperty({ description: 'The version the edit is based on' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ example: 'Asia/Novosibirsk' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 500)
  fullName?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200)
  shortName?: string;

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
  directorName?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200)
  directorPosition?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 50)
  phone?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @ValidateIf((_, value) => value !== '')
  @IsEmail()
  @Length(0, 200)
  email?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 12 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  assessmentMonthsFirstYear?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 12 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  assessmentMonthsLater?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  noticeDueWorkingDays?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  threatNoticeMinorsOnly?: boolean;

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(2, 300, { each: true })
  guardianshipBodies?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 200 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  curatorTrainingHours?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  curatorMaxGraduates?: number;

  @ApiPropertyOptional({ example: 'ДС', maxLength: 10, description: 'Letters and digits' })
  @IsOptional()
  @Transform(trim)
  @Matches(/^[\p{L}\d]{1,10}$/u, { message: '$property must be 1-10 letters or digits' })
  contractPrefix?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 75,
    description: 'Years data are kept after support ends',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(75)
  retentionYears?: number;
}
