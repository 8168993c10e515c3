import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { Permission } from '../../common/auth/permissions';
import { trim } from '../../common/validation/transforms';
import { isCidr } from '../auth/cidr';
import { ApiClient } from './api-client.entity';
import { ApiKey } from './api-key.entity';

/**
 * What an API client may be given: case work and reading, never account, institution,
 * dictionary or deployment management, nor another client's management.
 */
export const GRANTABLE_PERMISSIONS: readonly Permission[] = Object.values(Permission).filter(
  (permission) =>
    ![
      Permission.AccountSelf,
      Permission.UsersRead,
      Permission.UsersManage,
      Permission.InstitutionsManage,
      Permission.ScopeAllInstitutions,
      Permission.DictionariesManage,
      Permission.InstitutionSettingsManage,
      Permission.CuratorPortal,
      Permission.IntegrationsManage,
    ].includes(permission),
);

@ValidatorConstraint({ name: 'cidr' })
class CidrConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isCidr(value);
  }
  defaultMessage(): string {
    return 'each value must be an IPv4 or IPv6 CIDR range, e.g. 10.0.0.0/8';
  }
}

export class CreateApiClientDto {
  @ApiProperty({ example: 'Региональная МИС', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The institution whose records the client works with (heads: always their own)',
  })
  @IsOptional()
  @IsUUID()
  institutionId?: string;

  @ApiProperty({
    enum: GRANTABLE_PERMISSIONS,
    enumName: 'GrantablePermission',
    isArray: true,
    maxItems: 50,
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsIn(GRANTABLE_PERMISSIONS, { each: true })
  permissions: Permission[];

  @ApiPropertyOptional({ example: ['10.0.0.0/8'], isArray: true, type: String, maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(49, { each: true })
  @Validate(CidrConstraint, { each: true })
  allowedCidrs?: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'Every key is refused after this' })
  @IsOptional()
  @IsDateString()
  expiresAt?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100000, default: 600 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  rateLimitPerMinute?: number;
}

export class CreateApiKeyDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'The key is refused after this' })
  @IsOptional()
  @IsDateString()
  expiresAt?: string;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'pck_Xy12ab3', description: 'The first characters of the key' })
  prefix: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastUsedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) expiresAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt: string | null;

  static from(key: ApiKey): ApiKeyDto {
    return {
      id: key.id,
      prefix: key.prefix,
      createdAt: key.createdAt.toISOString(),
      lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
      expiresAt: key.expiresAt?.toISOString() ?? null,
      revokedAt: key.revokedAt?.toISOString() ?? null,
    };
  }
}

export class IssuedApiKeyDto extends ApiKeyDto {
  @ApiProperty({
    description: 'The key itself: shown only in this answer, store it in the client system now',
    maxLength: 64,
  })
  secret: string;
}

export class ApiClientDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ maxLength: 200 }) name: string;
  @ApiProperty({ format: 'uuid' }) institutionId: string;
  @ApiProperty({ format: 'uuid', description: 'The technical account the client acts as' })
  userId: string;
  @ApiProperty({ enum: Permission, enumName: 'Permission', isArray: true, maxItems: 50 })
  permissions: Permission[];
  @ApiProperty({ type: String, isArray: true, maxItems: 20 }) allowedCidrs: string[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) expiresAt: string | null;
  @ApiProperty() rateLimitPerMinute: number;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: ApiKeyDto, isArray: true, maxItems: 1000 }) keys: ApiKeyDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;

  static from(client: ApiClient): ApiClientDto {
    return {
      id: client.id,
      name: client.name,
      institutionId: client.institutionId,
      userId: client.userId,
      permissions: client.permissions,
      allowedCidrs: client.allowedCidrs,
      expiresAt: client.expiresAt?.toISOString() ?? null,
      rateLimitPerMinute: client.rateLimitPerMinute,
      active: client.active,
      keys: (client.keys ?? [])
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .map(ApiKeyDto.from),
      createdAt: client.createdAt.toISOString(),
      version: client.version,
    };
  }
}

export class CreatedApiClientDto {
  @ApiProperty({ type: ApiClientDto }) client: ApiClientDto;
  @ApiProperty({ type: IssuedApiKeyDto }) key: IssuedApiKeyDto;
}
