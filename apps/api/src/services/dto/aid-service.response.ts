import { ApiProperty } from '@nestjs/swagger';
import { GraduateRefDto, StaffRefDto } from '../../appeals/dto/refs.response';
import { CursorPageDto } from '../../common/pagination/cursor';
import { PageDto } from '../../common/pagination/page';
import { DictionaryRefDto } from '../../dictionaries/dto/dictionary.response';
import { AidService, ServiceDelivery, ServiceForm } from '../aid-service.entity';

export class AidServiceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) providedOn: string;
  @ApiProperty({ type: GraduateRefDto }) graduate: GraduateRefDto;
  @ApiProperty({ type: StaffRefDto }) specialist: StaffRefDto;
  @ApiProperty({ type: DictionaryRefDto }) kind: DictionaryRefDto;
  @ApiProperty({ enum: ServiceForm, enumName: 'ServiceForm' }) form: ServiceForm;
  @ApiProperty({ enum: ServiceDelivery, enumName: 'ServiceDelivery' }) delivery: ServiceDelivery;
  @ApiProperty({ example: 45 }) durationMinutes: number;
  @ApiProperty() result: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) appealId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'Send back unchanged when editing (optimistic locking)' })
  version: number;

  /** Expects the graduate, the specialist and the kind loaded. */
  static from(s: AidService): AidServiceDto {
    return {
      id: s.id,
      providedOn: s.providedOn,
      graduate: GraduateRefDto.from(s.graduate!),
      specialist: StaffRefDto.from(s.specialist!),
      kind: DictionaryRefDto.from(s.kind!),
      form: s.form,
      delivery: s.delivery,
      durationMinutes: s.durationMinutes,
      result: s.result,
      appealId: s.appealId,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
      version: s.version,
    };
  }
}

export class AidServicePageDto extends PageDto(AidServiceDto, 'AidServicePageDto') {}
export class AidServiceCursorPageDto extends CursorPageDto(
  AidServiceDto,
  'AidServiceCursorPageDto',
) {}
