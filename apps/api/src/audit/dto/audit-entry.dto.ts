import { ApiProperty } from '@nestjs/swagger';
import { PageDto } from '../../common/pagination/page';
import { Role } from '../../common/auth/permissions';

/** One line of the access log as the viewer shows it: who, when, what, which fields. */
export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  userId: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Иванова Мария Петровна' })
  userName: string | null;

  @ApiProperty({ enum: Role, enumName: 'Role', nullable: true })
  userRole: Role | null;

  @ApiProperty({ example: 'read' })
  action: string;

  @ApiProperty({ example: 'graduate' })
  entity: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  entityId: string | null;

  @ApiProperty({ type: String, isArray: true, example: ['phone', 'address'] })
  changedFields: string[];

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The personal file the entry concerns, when it concerns one',
  })
  graduateId: string | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'For lists and exports: how many records were returned',
  })
  itemCount: number | null;
}

export class AuditPageDto extends PageDto(AuditEntryDto, 'AuditPage') {}
