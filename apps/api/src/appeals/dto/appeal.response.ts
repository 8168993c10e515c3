import { ApiProperty } from '@nestjs/swagger';
import { CursorPageDto } from '../../common/pagination/cursor';
import { PageDto } from '../../common/pagination/page';
import { DictionaryRefDto, inDisplayOrder } from '../../dictionaries/dto/dictionary.response';
import { Appeal, AppealChannel, AppealStatus } from '../appeal.entity';
import { GraduateRefDto, StaffRefDto } from './refs.response';

export class AppealDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
  @ApiProperty({ enum: AppealChannel, enumName: 'AppealChannel' }) channel: AppealChannel;
  @ApiProperty({ type: GraduateRefDto }) graduate: GraduateRefDto;
  @ApiProperty({ type: DictionaryRefDto, isArray: true }) problems: DictionaryRefDto[];
  @ApiProperty() description: string;
  @ApiProperty({ type: StaffRefDto, nullable: true }) assignedSpecialist: StaffRefDto | null;
  @ApiProperty({ enum: AppealStatus, enumName: 'AppealStatus' }) status: AppealStatus;
  @ApiProperty() outcome: string;
  @ApiProperty() referredTo: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'Send back unchanged when editing (optimistic locking)' })
  version: number;

  /** Expects the graduate, the specialist and the problems loaded. */
  static from(a: Appeal): AppealDto {
    return {
      id: a.id,
      registeredAt: a.registeredAt.toISOString(),
      channel: a.channel,
      graduate: GraduateRefDto.from(a.graduate!),
      problems: inDisplayOrder(a.problems ?? []).map(DictionaryRefDto.from),
      description: a.description,
      assignedSpecialist: a.assignedSpecialist ? StaffRefDto.from(a.assignedSpecialist) : null,
      status: a.status,
      outcome: a.outcome,
      referredTo: a.referredTo,
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
      version: a.version,
    };
  }
}

export class AppealPageDto extends PageDto(AppealDto, 'AppealPageDto') {}
export class AppealCursorPageDto extends CursorPageDto(AppealDto, 'AppealCursorPageDto') {}
