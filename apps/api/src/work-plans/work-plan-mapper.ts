import { StaffRefDto } from '../appeals/dto/refs.response';
import { HistoryEntryDto } from '../contracts/dto/contract.response';
import { WorkPlanDto, WorkPlanItemDto, WorkPlanSummaryDto } from './dto/work-plan.response';
import { WorkPlanView } from './work-plans.service';

export function toWorkPlanDto(view: WorkPlanView): WorkPlanDto {
  return {
    ...WorkPlanSummaryDto.from(view.plan),
    sections: view.sections.map(({ section, items }) => ({
      id: section.id,
      position: section.position,
      title: section.title,
      items: items.map((item) => WorkPlanItemDto.from(item, view.plan)),
    })),
    approvedBy: view.approvedBy ? StaffRefDto.from(view.approvedBy) : null,
    annualPlanId: view.annualPlanId,
    history: view.history.map(HistoryEntryDto.from),
  };
}
