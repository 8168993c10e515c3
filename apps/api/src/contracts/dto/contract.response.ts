import { ApiProperty } from '@nestjs/swagger';
import { GraduateRefDto, StaffRefDto } from '../../appeals/dto/refs.response';
import { HistoryEntry } from '../../common/lifecycle/lifecycle';
import { PageDto } from '../../common/pagination/page';
import { DictionaryRefDto, inDisplayOrder } from '../../dictionaries/dto/dictionary.response';
import { Contract, ContractEndReason, ContractKind, ContractStatus } from '../contract.entity';

export class HistoryEntryDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: StaffRefDto, nullable: true }) user: StaffRefDto | null;
  @ApiProperty({ nullable: true, type: String }) from: string | null;
  @ApiProperty() to: string;
  @ApiProperty() reason: string;

  static from(e: HistoryEntry): HistoryEntryDto {
    return { at: e.at.toISOString(), user: e.user, from: e.from, to: e.to, reason: e.reason };
  }
}

export class ContractDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: GraduateRefDto }) graduate: GraduateRefDto;
  @ApiProperty({ enum: ContractKind, enumName: 'ContractKind' }) kind: ContractKind;
  @ApiProperty({ example: 'ДС-2026/7' }) number: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) applicationDate: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) concludedOn: string | null;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ type: DictionaryRefDto, isArray: true }) serviceKinds: DictionaryRefDto[];
  @ApiProperty() legalRepresentative: string;
  @ApiProperty({ type: StaffRefDto, nullable: true }) responsibleSpecialist: StaffRefDto | null;
  @ApiProperty() conditions: string;
  @ApiProperty({ enum: ContractStatus, enumName: 'ContractStatus' }) status: ContractStatus;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The signed scan (a file of the personal file; download via /scan)',
  })
  signedScanFileId: string | null;
  @ApiProperty({ description: 'Active without a scan: the scan is still to be uploaded' })
  missingScan: boolean;
  @ApiProperty({ format: 'date', nullable: true, type: String }) endedOn: string | null;
  @ApiProperty({
    enum: ContractEndReason,
    enumName: 'ContractEndReason',
    nullable: true,
  })
  endReason: ContractEndReason | null;
  @ApiProperty() endReasonText: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) exceptionOrderId: string | null;
  @ApiProperty({ description: 'Active and past its end date (in the institution’s time zone)' })
  expired: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'Send back unchanged when editing (optimistic locking)' })
  version: number;

  /** Expects graduate, specialist and service kinds loaded; `today` in the institution's zone. */
  static from(c: Contract, today: string): ContractDto {
    return {
      id: c.id,
      graduate: GraduateRefDto.from(c.graduate!),
      kind: c.kind,
      number: c.number,
      applicationDate: c.applicationDate,
      concludedOn: c.concludedOn,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      serviceKinds: inDisplayOrder(c.serviceKinds ?? []).map(DictionaryRefDto.from),
      legalRepresentative: c.legalRepresentative,
      responsibleSpecialist: c.responsibleSpecialist
        ? StaffRefDto.from(c.responsibleSpecialist)
        : null,
      conditions: c.conditions,
      status: c.status,
      signedScanFileId: c.signedScanFileId,
      missingScan: c.status === ContractStatus.Active && !c.signedScanFileId,
      endedOn: c.endedOn,
      endReason: c.endReason,
      endReasonText: c.endReasonText,
      exceptionOrderId: c.exceptionOrderId,
      expired: c.status === ContractStatus.Active && c.endsOn < today,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      version: c.version,
    };
  }
}

export class ContractDetailDto extends ContractDto {
  @ApiProperty({ type: HistoryEntryDto, isArray: true, description: 'Transitions, oldest first' })
  history: HistoryEntryDto[];
}

export class ContractPageDto extends PageDto(ContractDto, 'ContractPageDto') {}
