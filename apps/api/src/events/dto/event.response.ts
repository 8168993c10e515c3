import { fullNameOf } from '../../common/person-name';
import { CuratorRefDto } from '../../curators/dto/curator-ref.dto';
import { PartnerRefDto } from '../../partners/referrals/referral.dto';
import { ApiProperty } from '@nestjs/swagger';
import { GraduateRefDto, StaffRefDto } from '../../appeals/dto/refs.response';
import { HistoryEntryDto } from '../../contracts/dto/contract.response';
import { dayOf } from '../../common/local-day';
import { PageDto } from '../../common/pagination/page';
import { EventParticipant } from '../event-participant.entity';
import { GroupEvent, GroupEventKind, GroupEventStatus } from '../group-event.entity';

export class EventParticipantDto {
  @ApiProperty({ type: GraduateRefDto }) graduate: GraduateRefDto;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Null until the event is held' })
  present: boolean | null;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The group service recorded when the event was held (GET /api/services/{id})',
  })
  serviceId: string | null;

  /** Expects the graduate loaded. */
  static from(p: EventParticipant): EventParticipantDto {
    return {
      graduate: GraduateRefDto.from(p.graduate!),
      present: p.present,
      serviceId: p.serviceId,
    };
  }
}

export interface EventCounts {
  participants: number;
  present: number;
}

export class EventSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: GroupEventKind, enumName: 'GroupEventKind' }) kind: GroupEventKind;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date', description: 'The day it starts, in the institution’s time zone' })
  day: string;
  @ApiProperty({ example: 90 }) durationMinutes: number;
  @ApiProperty() topic: string;
  @ApiProperty({ type: StaffRefDto, nullable: true }) lead: StaffRefDto | null;
  @ApiProperty({ type: CuratorRefDto, nullable: true }) leadCurator: CuratorRefDto | null;
  @ApiProperty({ type: PartnerRefDto, nullable: true }) leadPartner: PartnerRefDto | null;
  @ApiProperty() leadName: string;
  @ApiProperty() place: string;
  @ApiProperty({ enum: GroupEventStatus, enumName: 'GroupEventStatus' }) status: GroupEventStatus;
  @ApiProperty({ description: 'All participants, also those hidden from the caller' })
  participantCount: number;
  @ApiProperty({ description: 'Participants present (0 until held)' }) presentCount: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'Send back unchanged when changing (optimistic locking)' })
  version: number;

  /** Expects the leads (user, curator, partner) loaded. */
  static from(e: GroupEvent, counts: EventCounts, timeZone: string): EventSummaryDto {
    return {
      id: e.id,
      kind: e.kind,
      startsAt: e.startsAt.toISOString(),
      day: dayOf(e.startsAt, timeZone),
      durationMinutes: e.durationMinutes,
      topic: e.topic,
      lead: e.leadUser ? StaffRefDto.from(e.leadUser) : null,
      leadCurator: e.leadCurator
        ? { id: e.leadCurator.id, fullName: fullNameOf(e.leadCurator) }
        : null,
      leadPartner: e.leadPartner
        ? { id: e.leadPartner.id, name: e.leadPartner.name, kind: e.leadPartner.kind }
        : null,
      leadName: e.leadName,
      place: e.place,
      status: e.status,
      participantCount: counts.participants,
      presentCount: counts.present,
      updatedAt: e.updatedAt.toISOString(),
      version: e.version,
    };
  }
}

export class EventDto extends EventSummaryDto {
  @ApiProperty() notes: string;
  @ApiProperty() cancelReason: string;
  @ApiProperty({
    type: EventParticipantDto,
    isArray: true,
    description: 'The participants the caller may see, by name',
  })
  participants: EventParticipantDto[];
  @ApiProperty({ description: 'Participants whose files the caller may not see' })
  hiddenParticipants: number;
  @ApiProperty({ type: HistoryEntryDto, isArray: true, description: 'Created, held, cancelled' })
  history: HistoryEntryDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class EventPageDto extends PageDto(EventSummaryDto, 'EventPageDto') {}
