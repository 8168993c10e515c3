import * as domain from '@postcare/domain';
import { AppealChannel, AppealStatus } from '../appeals/appeal-vocabulary';
import { ContractEndReason, ContractKind, ContractStatus } from '../contracts/contract-vocabulary';
import { CuratorStatus } from '../curators/curator-status';
import { GroupEventKind, GroupEventStatus } from '../events/group-event-vocabulary';
import { GraduateStatus, LegalStatus, Sex } from '../graduates/graduate-vocabulary';
import {
  ExceptionOrderStatus,
  OrderedBy,
} from '../graduates/exception-orders/exception-order-vocabulary';
import { GraduateFileKind } from '../graduates/files/graduate-file-kind';
import { IdentityDocumentKind } from '../graduates/identity-documents/identity-document-kind';
import { RelativeKind } from '../graduates/relatives/relative-kind';
import { InstitutionKind } from '../institutions/institution-kind';
import { Milestone, MilestoneStatus } from '../monitoring/checklist/milestone-vocabulary';
import { ContactKind, ContactOutcome } from '../monitoring/contacts/contact-kind';
import {
  NoticeMethod,
  NoticeSource,
  NoticeStatus,
  NoticeTrigger,
} from '../monitoring/notices/notice-vocabulary';
import { ActivityStatus } from '../plans/activity-status';
import { ReferralStatus } from '../partners/referrals/referral-status';
import { PlanStatus } from '../plans/plan-status';
import { CalendarState, ReportKind, ReportStatus } from '../reports/report-kinds';
import { ServiceDelivery, ServiceForm } from '../services/service-vocabulary';
import { WorkPlanItemStatus } from '../work-plans/work-plan-item-status';
import { WorkPlanKind, WorkPlanStatus } from '../work-plans/work-plan-vocabulary';
import { Role } from './auth/permissions';
import { LIFE_DOMAINS, LifeDomain } from './life-domains';

/** The enums TypeORM and Swagger read hold exactly the codes of the shared vocabulary. */
const PAIRS: [string, Record<string, string>, readonly string[]][] = [
  ['GraduateStatus', GraduateStatus, domain.GRADUATE_STATUSES],
  ['LegalStatus', LegalStatus, domain.LEGAL_STATUSES],
  ['Sex', Sex, domain.SEXES],
  ['RelativeKind', RelativeKind, domain.RELATIVE_KINDS],
  ['IdentityDocumentKind', IdentityDocumentKind, domain.IDENTITY_DOCUMENT_KINDS],
  ['AppealChannel', AppealChannel, domain.APPEAL_CHANNELS],
  ['AppealStatus', AppealStatus, domain.APPEAL_STATUSES],
  ['ServiceForm', ServiceForm, domain.SERVICE_FORMS],
  ['ServiceDelivery', ServiceDelivery, domain.SERVICE_DELIVERIES],
  ['ContractKind', ContractKind, domain.CONTRACT_KINDS],
  ['ContractStatus', ContractStatus, domain.CONTRACT_STATUSES],
  ['ContractEndReason', ContractEndReason, domain.CONTRACT_END_REASONS],
  ['PlanStatus', PlanStatus, domain.PLAN_STATUSES],
  ['ActivityStatus', ActivityStatus, domain.ACTIVITY_STATUSES],
  ['LifeDomain', LifeDomain, domain.LIFE_DOMAINS],
  ['ContactKind', ContactKind, domain.CONTACT_KINDS],
  ['NoticeTrigger', NoticeTrigger, domain.NOTICE_TRIGGERS],
  ['NoticeStatus', NoticeStatus, domain.NOTICE_STATUSES],
  ['ContactOutcome', ContactOutcome, domain.CONTACT_OUTCOMES],
  ['NoticeSource', NoticeSource, domain.NOTICE_SOURCES],
  ['NoticeMethod', NoticeMethod, domain.NOTICE_METHODS],
  ['Milestone', Milestone, domain.MILESTONES],
  ['MilestoneStatus', MilestoneStatus, domain.MILESTONE_STATUSES],
  ['GroupEventKind', GroupEventKind, domain.GROUP_EVENT_KINDS],
  ['GroupEventStatus', GroupEventStatus, domain.GROUP_EVENT_STATUSES],
  ['CuratorStatus', CuratorStatus, domain.CURATOR_STATUSES],
  ['ReferralStatus', ReferralStatus, domain.REFERRAL_STATUSES],
  ['WorkPlanKind', WorkPlanKind, domain.WORK_PLAN_KINDS],
  ['WorkPlanStatus', WorkPlanStatus, domain.WORK_PLAN_STATUSES],
  ['WorkPlanItemStatus', WorkPlanItemStatus, domain.WORK_PLAN_ITEM_STATUSES],
  ['ReportKind', ReportKind, domain.REPORT_KINDS],
  ['ReportStatus', ReportStatus, domain.REPORT_STATUSES],
  ['CalendarState', CalendarState, domain.REPORT_CALENDAR_STATES],
  ['Role', Role, domain.ROLES],
  ['OrderedBy', OrderedBy, domain.ORDERED_BY],
  ['ExceptionOrderStatus', ExceptionOrderStatus, domain.EXCEPTION_ORDER_STATUSES],
  ['GraduateFileKind', GraduateFileKind, domain.GRADUATE_FILE_KINDS],
  ['InstitutionKind', InstitutionKind, domain.INSTITUTION_KINDS],
];

describe('API enums and the shared vocabulary', () => {
  it.each(PAIRS)('%s lists the same codes as @postcare/domain', (_, anEnum, codes) => {
    expect(Object.values(anEnum).sort()).toEqual([...codes].sort());
  });

  it('orders life domains as the shared list does (documents and charts follow it)', () => {
    expect(LIFE_DOMAINS).toEqual([...domain.LIFE_DOMAINS]);
  });
});
