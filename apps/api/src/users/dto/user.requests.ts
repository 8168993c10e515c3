import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateIf,
} from 'class-validator';
import { Role } from '../../common/auth/permissions';

/** Roles an administrator gives: API clients' technical accounts come only with their client. */
const GIVEN_ROLES = Object.values(Role).filter((role) => role !== Role.Integration);
const NOT_INTEGRATION = {
  message: 'role integration is given only with an API client (/api/integrations/clients)',
};
import { PageQueryDto } from '../../common/pagination/page';
import { trim, queryBoolean } from '../../common/validation/transforms';

export class CreateUserDto {
  @ApiProperty({
    example: 'ivanova',
    description: 'Latin letters, digits, dot, dash, underscore; stored lower-case',
  })
  @Transform(trim)
  @IsString()
  @Length(3, 64)
  @Matches(/^[A-Za-z0-9._-]+$/, {
    message: 'login may contain only latin letters, digits, dot, dash and underscore',
  })
  login: string;

  @ApiProperty({ example: 'Иванова Мария Петровна' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  fullName: string;

  @ApiPropertyOptional({ example: 'Социальный педагог' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200)
  position?: string;

  @ApiPropertyOptional({
    example: 'ivanova@example.org',
    maxLength: 200,
    description: 'For the daily e-mail digest of notifications; empty = none',
  })
  @IsOptional()
  @Transform(trim)
  @ValidateIf((_, value) => value !== '')
  @IsEmail()
  @Length(0, 200)
  email?: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  @IsEnum(Role)
  @IsIn(GIVEN_ROLES, NOT_INTEGRATION)
  role: Role;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Required for every role but admin',
  })
  @ValidateIf((o: CreateUserDto) => o.role !== Role.Admin || o.institutionId !== undefined)
  @IsUUID()
  institutionId?: string | null;

  @ApiPropertyOptional({
    description:
      'Initial password (12+ characters, not common, without the login or the name); when absent a one-time one is generated',
    minLength: 12,
    maxLength: 128,
  })
  @IsOptional()
  @IsString()
  @Length(12, 128)
  password?: string;
}

export class UpdateUserDto {
  @ApiProperty({ description: 'The version the edit is based on' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  fullName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200)
  position?: string;

  @ApiPropertyOptional({
    example: 'ivanova@example.org',
    maxLength: 200,
    description: 'For the daily e-mail digest of notifications; empty = none',
  })
  @IsOptional()
  @Transform(trim)
  @ValidateIf((_, value) => value !== '')
  @IsEmail()
  @Length(0, 200)
  email?: string;

  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptional()
  @IsEnum(Role)
  @IsIn(GIVEN_ROLES, NOT_INTEGRATION)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  institutionId?: string;
}

export class VersionDto {
  @ApiProperty({ description: 'The version the change is based on' })
  @IsInt()
  @Min(1)
  version: number;
}

export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the login or full name' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  institutionId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  active?: boolean;
}
