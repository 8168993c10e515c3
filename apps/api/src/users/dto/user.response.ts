import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '../../common/auth/permissions';
import { PageDto } from '../../common/pagination/page';
import { User } from '../user.entity';

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ivanova' }) login: string;
  @ApiProperty({ example: 'Иванова Мария Петровна' }) fullName: string;
  @ApiProperty({ example: 'Социальный педагог' }) position: string;
  @ApiProperty({ example: 'ivanova@example.org', description: "'' when none" }) email: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) institutionId: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({
    description:
      'Deprecated, always null: wrong passwords now slow down further attempts instead of locking the account',
    deprecated: true,
    nullable: true,
    type: String,
    format: 'date-time',
  })
  lockedUntil: string | null;
  @ApiProperty() mustChangePassword: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'Send back unchanged when editing (optimistic locking)' })
  version: number;

  static from(user: User): UserDto {
    return {
      id: user.id,
      login: user.login,
      fullName: user.fullName,
      position: user.position,
      email: user.email,
      role: user.role,
      institutionId: user.institutionId,
      active: user.active,
      lockedUntil: null,
      mustChangePassword: user.mustChangePassword,
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
      version: user.version,
    };
  }
}

export class UserPageDto extends PageDto(UserDto, 'UserPageDto') {}

export class CreatedUserDto {
  @ApiProperty({ type: UserDto }) user: UserDto;
  @ApiPropertyOptional({
    description: 'Generated one-time password, shown once; absent when the password was given',
  })
  temporaryPassword?: string;
}

export class TemporaryPasswordDto {
  @ApiProperty({ description: 'Shown once; the user is asked to change it after logging in' })
  temporaryPassword: string;
}
