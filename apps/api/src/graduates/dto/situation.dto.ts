import { EMPLOYMENT_STATUSES, HOUSING_TYPES, MARITAL_STATUSES } from '@postcare/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDay } from '../../common/validation/is-day';

export class ContactsDto {
  @ApiPropertyOptional({ type: [String], example: ['+7 914 123-45-67'] })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @Matches(/^[+\d][\d\s()-]{4,24}$/, {
    each: true,
    message: 'phone must contain digits, spaces, brackets or dashes',
  })
  phones?: string[];

  @ApiPropertyOptional({ example: 'ivan@example.ru' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ type: [String], example: ['vk.com/id123'] })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  socialNetworks?: string[];
}

export class EducationDto {
  @ApiPropertyOptional({ example: 'КГБ ПОУ ХТК' })
  @IsOptional()
  @IsString()
  @Length(0, 300)
  institution?: string;
  @ApiPropertyOptional({ example: 'Повар, кондитер' })
  @IsOptional()
  @IsString()
  @Length(0, 300)
  programme?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() fullTime?: boolean;
  @ApiPropertyOptional({ description: 'First professional education' })
  @IsOptional()
  @IsBoolean()
  firstProfessional?: boolean;
  @ApiPropertyOptional({ description: 'Year of study', minimum: 1, maximum: 6 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(6)
  year?: number;
  @ApiPropertyOptional({ description: 'Studies now' })
  @IsOptional()
  @IsBoolean()
  studying?: boolean;
  @ApiPropertyOptional({ format: 'date', description: 'First day of study' })
  @IsOptional()
  @IsDay()
  startedOn?: string;
  @ApiPropertyOptional({
    format: 'date',
    description: 'Expected end of study: the default end of a contract for a student over 23',
  })
  @IsOptional()
  @IsDay()
  expectedEndOn?: string;
}

// The closed lists (codes and words) live in @postcare/domain.
export const EMPLOYMENT = EMPLOYMENT_STATUSES;
export class EmploymentDto {
  @ApiPropertyOptional({ enum: EMPLOYMENT }) @IsOptional() @IsIn(EMPLOYMENT) status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 300) employer?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 200) position?: string;
}

export const HOUSING = HOUSING_TYPES;
export class HousingDto {
  @ApiPropertyOptional({ enum: HOUSING }) @IsOptional() @IsIn(HOUSING) type?: string;
  @ApiPropertyOptional({
    description: 'The own (assigned) housing is preserved',
    nullable: true,
    type: Boolean,
  })
  @IsOptional()
  @IsBoolean()
  ownHousingPreserved?: boolean | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 1000) notes?: string;
}

export const MARITAL = MARITAL_STATUSES;
export class FamilyDto {
  @ApiPropertyOptional({ enum: MARITAL }) @IsOptional() @IsIn(MARITAL) maritalStatus?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 20 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20)
  childrenCount?: number;
}

export class DisabilityDto {
  @ApiPropertyOptional({ enum: ['I', 'II', 'III'], nullable: true, type: String })
  @IsOptional()
  @IsIn(['I', 'II', 'III'])
  group?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 1000) notes?: string;
}

/** The current situation (000 §4.6–4.8): education, work, housing, family, disability. */
export class SituationDto {
  @ApiPropertyOptional({ type: EducationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EducationDto)
  education?: EducationDto;
  @ApiPropertyOptional({ type: EmploymentDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmploymentDto)
  employment?: EmploymentDto;
  @ApiPropertyOptional({ type: HousingDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => HousingDto)
  housing?: HousingDto;
  @ApiPropertyOptional({ type: FamilyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => FamilyDto)
  family?: FamilyDto;
  @ApiPropertyOptional({ type: DisabilityDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DisabilityDto)
  disability?: DisabilityDto;
}
