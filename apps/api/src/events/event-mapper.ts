import { HistoryEntryDto } from '../contracts/dto/contract.response';
import { EventDto, EventParticipantDto, EventSummaryDto } from './dto/event.response';
import { EventView } from './events.service';

export function toEventDto(view: EventView, timeZone: string): EventDto {
  return {
    ...EventSummaryDto.from(view.event, view.counts, timeZone),
    notes: view.event.notes,
    cancelReason: view.event.cancelReason,
    participants: view.participants.map(EventParticipantDto.from),
    hiddenParticipants: view.hidden,
    history: view.history.map(HistoryEntryDto.from),
    createdAt: view.event.createdAt.toISOString(),
  };
}
