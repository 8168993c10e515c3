import { CursorPageQueryDto } from '../../common/pagination/cursor';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { GraduateStatus, LegalStatus, Sex } from '../graduate.entity';
import { ContactsDto, SituationDto } from './situation.dto';
import { IsDay } from '../../common/validation/is-day';
import { queryBoolean } from '../../common/validation/transforms';
import { NAME, NAME_MESSAGE, squeezeSpaces } from '../../common/validation/person-name';

export class CreateGraduateDto {
  @ApiProperty({ example: 'Иванова' })
  @Transform(squeezeSpaces)
  @IsString()
  @Length(1, 100)
  @Matches(NAME, { message: NAME_MESSAGE })
  lastName: string;
  @ApiProperty({ example: 'Мария' })
  @Transform(squeezeSpaces)
  @IsString()
  @Length(1, 100)
  @Matches(NAME, { message: NAME_MESSAGE })
  firstName: string;
  @ApiPropertyOptional({ example: 'Петровна' })
  @IsOptional()
  @Transform(squeezeSpaces)
  @IsString()
  @Length(0, 100)
  patronymic?: string;
  @ApiProperty({ enum: Sex, enumName: 'Sex' }) @IsEnum(Sex) sex: Sex;
  @ApiProperty({ format: 'date', example: '2006-05-14' })
  @IsDay()
  birthDate: string;
  @ApiProperty({ enum: LegalStatus, enumName: 'LegalStatus' })
  @IsEnum(LegalStatus)
  legalStatus: LegalStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() originInstitutionId?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(squeezeSpaces)
  @IsString()
  @Length(0, 300)
  originInstitutionName?: string;
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDay()
  leftCareOn?: string;
  @ApiPropertyOptional({ type: ContactsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactsDto)
  contacts?: ContactsDto;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(squeezeSpaces)
  @IsString()
  @Length(0, 500)
  registrationAddress?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(squeezeSpaces)
  @IsString()
  @Length(0, 500)
  actualAddress?: string;
  @ApiPropertyOptional({ type: SituationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SituationDto)
  situation?: SituationDto;
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description:
      'On registration, omitted means the registering specialist (when the caller is a ' +
      'specialist); null means none (the intake queue)',
  })
  @IsOptional()
  @IsUUID()
  responsibleSpecialistId?: string | null;
}

export class UpdateGraduateDto extends PartialType(CreateGraduateDto) {
  @ApiProperty({ description: 'The version the edit is based on' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({
    format: 'date',
    description:
      'The day a changed situation holds from (default today; not in the future, not before the newest recorded state)',
  })
  @IsOptional()
  @IsDay()
  situationValidFrom?: string;
}

export class ArchiveGraduateDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
  @ApiProperty({ example: 'Создано по ошибке' })
  @Transform(squeezeSpaces)
  @IsString()
  @Length(3, 500)
  reason: string;
}

export const GRADUATE_SORT = ['name', 'birthDate', 'createdAt', 'updatedAt'] as const;

export class ListGraduatesQueryDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ description: 'Name, forgiving case, ё/е and small typos' })
  @IsOptional()
  @Transform(squeezeSpaces)
  @IsString()
  @Length(1, 100)
  q?: string;
  @ApiPropertyOptional({ enum: GraduateStatus, enumName: 'GraduateStatus' })
  @IsOptional()
  @IsEnum(GraduateStatus)
  status?: GraduateStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() specialistId?: string;
  @ApiPropertyOptional({ description: 'Only files nobody is assigned to' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  unassigned?: boolean;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() originInstitutionId?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 120 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(120)
  ageFrom?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 120 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(120)
  ageTo?: number;
  @ApiPropertyOptional({ description: 'Include archived files' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  archived?: boolean;
  @ApiPropertyOptional({ enum: GRADUATE_SORT, default: 'name' })
  @IsOptional()
  @IsIn(GRADUATE_SORT)
  sort?: (typeof GRADUATE_SORT)[number];
  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}

export class EligibilityQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Default: today' })
  @IsOptional()
  @IsDay()
  on?: string;
}

export class TurningQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 366, default: 90 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(366)
  days?: number;
}
