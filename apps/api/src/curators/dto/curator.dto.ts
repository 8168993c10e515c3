import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  ValidateIf,
  IsEmail,
} from 'class-validator';
import { PageDto, PageQueryDto } from '../../common/pagination/page';
import { IsDay } from '../../common/validation/is-day';
import { NAME, NAME_MESSAGE, squeezeSpaces } from '../../common/validation/person-name';
import { trim } from '../../common/validation/transforms';
import { CuratorStatus } from '../curator.entity';

export class CuratorAccountRefDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ example: 'petrova.curator' }) login: string;
  @ApiProperty({ description: 'False once blocked (the curator left)' }) active: boolean;
}

export class CuratorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Петрова' }) lastName: string;
  @ApiProperty({ example: 'Анна' }) firstName: string;
  @ApiProperty({ example: 'Сергеевна' }) patronymic: string;
  @ApiProperty({ example: 'Петрова Анна Сергеевна' }) fullName: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) birthDate: string | null;
  @ApiProperty({ example: '+7 914 000-00-00' }) phone: string;
  @ApiProperty() email: string;
  @ApiProperty({ example: 'Инженер, ПАО «Дальэнерго»' }) occupation: string;
  @ApiProperty({ example: 'Пришла после дня открытых дверей' }) source: string;
  @ApiProperty({ description: 'Certificate of no criminal record: number' })
  recordCheckNumber: string;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Its date' })
  recordCheckOn: string | null;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'Consent to the processing of their personal data',
  })
  consentOn: string | null;
  @ApiProperty() note: string;
  @ApiProperty({ enum: CuratorStatus, enumName: 'CuratorStatus' }) status: CuratorStatus;
  @ApiProperty({ example: 12, description: 'Training hours attended' }) trainingHours: number;
  @ApiProperty({ example: 16, description: 'Hours the institution requires' })
  requiredHours: number;
  @ApiProperty({ example: 2, description: 'Graduates assigned today' }) activeAssignments: number;
  @ApiProperty({ example: 3, description: 'Graduates one curator may help at a time' })
  maxGraduates: number;
  @ApiProperty({ type: () => CuratorAccountRefDto, nullable: true })
  account: CuratorAccountRefDto | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;
}

export class CuratorPageDto extends PageDto(CuratorDto, 'CuratorPageDto') {}

export class ListCuratorsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the name, phone or e-mail' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: CuratorStatus, enumName: 'CuratorStatus' })
  @IsOptional()
  @IsEnum(CuratorStatus)
  status?: CuratorStatus;
}

export class CuratorFieldsDto {
  @ApiPropertyOptional({ maxLength: 100, example: 'Сергеевна' })
  @IsOptional()
  @Transform(squeezeSpaces)
  @ValidateIf((_, value) => value !== '')
  @IsString()
  @Length(0, 100)
  @Matches(NAME, { message: NAME_MESSAGE })
  patronymic?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsDay()
  birthDate?: string | null;

  @ApiPropertyOptional({ maxLength: 30, example: '+7 914 000-00-00' })
  @IsOptional()
  @Transform(trim)
  @ValidateIf((_, value) => value !== '')
  @Matches(/^[+\d][\d\s()-]{4,24}$/, {
    message: 'phone must contain digits, spaces, brackets or dashes',
  })
  phone?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @ValidateIf((_, value) => value !== '')
  @IsEmail()
  @Length(0, 200)
  email?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 300)
  occupation?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 300)
  source?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 50)
  recordCheckNumber?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsDay()
  recordCheckOn?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsDay()
  consentOn?: string | null;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 2000)
  note?: string;
}

export class CreateCuratorDto extends CuratorFieldsDto {
  @ApiProperty({ example: 'Петрова', maxLength: 100 })
  @Transform(squeezeSpaces)
  @IsString()
  @Length(1, 100)
  @Matches(NAME, { message: NAME_MESSAGE })
  lastName: string;

  @ApiProperty({ example: 'Анна', maxLength: 100 })
  @Transform(squeezeSpaces)
  @IsString()
  @Length(1, 100)
  @Matches(NAME, { message: NAME_MESSAGE })
  firstName: string;
}

export class UpdateCuratorDto extends PartialType(CreateCuratorDto) {
  @ApiProperty() @IsInt() @Min(1) version: number;
}

export class CuratorVersionDto {
  @ApiProperty({ description: 'The curator’s version' }) @IsInt() @Min(1) version: number;
}

export class CuratorStepDto extends CuratorVersionDto {
  @ApiProperty({ example: 'Переезд в другой город', maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class CreateCuratorAccountDto extends CuratorVersionDto {
  @ApiProperty({
    example: 'petrova.curator',
    description: 'Latin letters, digits, dot, dash, underscore; stored lower-case',
  })
  @Transform(trim)
  @IsString()
  @Length(3, 64)
  @Matches(/^[A-Za-z0-9._-]+$/, {
    message: 'login may contain only latin letters, digits, dot, dash and underscore',
  })
  login: string;
}

export class CuratorAccountDto {
  @ApiProperty({ type: () => CuratorDto }) curator: CuratorDto;
  @ApiProperty({ description: 'Shown once: the curator changes it at the first login' })
  temporaryPassword: string;
}
