import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { Permission, Role } from '../../common/auth/permissions';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @Length(1, 64)
  login: string;

  @ApiProperty({ example: 'secret' })
  @IsString()
  @Length(1, 128)
  password: string;
}

export class TokensDto {
  @ApiProperty({ description: 'Short-lived JWT for the Authorization: Bearer header' })
  accessToken: string;

  @ApiProperty({ description: 'Access token lifetime, seconds', example: 900 })
  expiresIn: number;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @Length(1, 128)
  currentPassword: string;

  @ApiProperty({
    minLength: 12,
    maxLength: 128,
    description: 'Not common or simple, without the login or the name',
  })
  @IsString()
  @Length(12, 128)
  newPassword: string;
}

export class MeInstitutionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({
    example: 'Asia/Vladivostok',
    description: 'Its IANA time zone: the user’s "today"',
  })
  timeZone: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() login: string;
  @ApiProperty() fullName: string;
  @ApiProperty() position: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role: Role;
  @ApiPropertyOptional({ type: MeInstitutionDto, nullable: true })
  institution: MeInstitutionDto | null;
  @ApiProperty({
    enum: Permission,
    enumName: 'Permission',
    isArray: true,
    description: 'What the SPA may show',
  })
  permissions: Permission[];
  @ApiProperty() mustChangePassword: boolean;
}
