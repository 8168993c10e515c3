import * as appeals from './appeals';
import * as checklist from './checklist';
import * as contracts from './contracts';
import * as curators from './curators';
import * as events from './events';
import * as exceptionOrders from './exception-orders';
import * as files from './files';
import * as graduates from './graduates';
import * as institutions from './institutions';
import type { Labels } from './label';
import * as monitoring from './monitoring';
import * as notices from './notices';
import * as partners from './partners';
import * as privacy from './privacy';
import * as reports from './reports';
import * as roles from './roles';
import * as situation from './situation';
import * as workPlans from './work-plans';

/** Every vocabulary as codes + words, so one test can check that no code lacks its words. */
export const VOCABULARIES: Readonly<
  Record<string, { codes: readonly string[]; labels: Labels<string> }>
> = {
  graduateStatus: { codes: graduates.GRADUATE_STATUSES, labels: graduates.GRADUATE_STATUS_LABELS },
  legalStatus: { codes: graduates.LEGAL_STATUSES, labels: graduates.LEGAL_STATUS_LABELS },
  sex: { codes: graduates.SEXES, labels: graduates.SEX_LABELS },
  relativeKind: { codes: graduates.RELATIVE_KINDS, labels: graduates.RELATIVE_KIND_LABELS },
  identityDocumentKind: {
    codes: graduates.IDENTITY_DOCUMENT_KINDS,
    labels: graduates.IDENTITY_DOCUMENT_KIND_LABELS,
  },
  appealChannel: { codes: appeals.APPEAL_CHANNELS, labels: appeals.APPEAL_CHANNEL_LABELS },
  appealStatus: { codes: appeals.APPEAL_STATUSES, labels: appeals.APPEAL_STATUS_LABELS },
  serviceForm: { codes: appeals.SERVICE_FORMS, labels: appeals.SERVICE_FORM_LABELS },
  serviceDelivery: { codes: appeals.SERVICE_DELIVERIES, labels: appeals.SERVICE_DELIVERY_LABELS },
  contractKind: { codes: contracts.CONTRACT_KINDS, labels: contracts.CONTRACT_KIND_LABELS },
  contractStatus: { codes: contracts.CONTRACT_STATUSES, labels: contracts.CONTRACT_STATUS_LABELS },
  contractEndReason: {
    codes: contracts.CONTRACT_END_REASONS,
    labels: contracts.CONTRACT_END_REASON_LABELS,
  },
  planStatus: { codes: contracts.PLAN_STATUSES, labels: contracts.PLAN_STATUS_LABELS },
  activityStatus: { codes: contracts.ACTIVITY_STATUSES, labels: contracts.ACTIVITY_STATUS_LABELS },
  lifeDomain: { codes: monitoring.LIFE_DOMAINS, labels: monitoring.LIFE_DOMAIN_LABELS },
  contactKind: { codes: monitoring.CONTACT_KINDS, labels: monitoring.CONTACT_KIND_LABELS },
  noticeTrigger: { codes: notices.NOTICE_TRIGGERS, labels: notices.NOTICE_TRIGGER_LABELS },
  noticeStatus: { codes: notices.NOTICE_STATUSES, labels: notices.NOTICE_STATUS_LABELS },
  contactOutcome: {
    codes: monitoring.CONTACT_OUTCOMES,
    labels: monitoring.CONTACT_OUTCOME_LABELS,
  },
  noticeSource: { codes: notices.NOTICE_SOURCES, labels: notices.NOTICE_SOURCE_LABELS },
  noticeMethod: { codes: notices.NOTICE_METHODS, labels: notices.NOTICE_METHOD_LABELS },
  milestone: { codes: checklist.MILESTONES, labels: checklist.MILESTONE_LABELS },
  milestoneStatus: {
    codes: checklist.MILESTONE_STATUSES,
    labels: checklist.MILESTONE_STATUS_LABELS,
  },
  groupEventKind: { codes: events.GROUP_EVENT_KINDS, labels: events.GROUP_EVENT_KIND_LABELS },
  groupEventStatus: {
    codes: events.GROUP_EVENT_STATUSES,
    labels: events.GROUP_EVENT_STATUS_LABELS,
  },
  curatorStatus: { codes: curators.CURATOR_STATUSES, labels: curators.CURATOR_STATUS_LABELS },
  partnerKind: { codes: partners.PARTNER_KINDS, labels: partners.PARTNER_KIND_LABELS },
  referralStatus: { codes: partners.REFERRAL_STATUSES, labels: partners.REFERRAL_STATUS_LABELS },
  workPlanKind: { codes: workPlans.WORK_PLAN_KINDS, labels: workPlans.WORK_PLAN_KIND_LABELS },
  workPlanStatus: {
    codes: workPlans.WORK_PLAN_STATUSES,
    labels: workPlans.WORK_PLAN_STATUS_LABELS,
  },
  workPlanItemStatus: {
    codes: workPlans.WORK_PLAN_ITEM_STATUSES,
    labels: workPlans.WORK_PLAN_ITEM_STATUS_LABELS,
  },
  reportKind: { codes: reports.REPORT_KINDS, labels: reports.REPORT_KIND_LABELS },
  reportStatus: { codes: reports.REPORT_STATUSES, labels: reports.REPORT_STATUS_LABELS },
  reportCalendarState: {
    codes: reports.REPORT_CALENDAR_STATES,
    labels: reports.REPORT_CALENDAR_STATE_LABELS,
  },
  employmentStatus: {
    codes: situation.EMPLOYMENT_STATUSES,
    labels: situation.EMPLOYMENT_STATUS_LABELS,
  },
  housingType: { codes: situation.HOUSING_TYPES, labels: situation.HOUSING_TYPE_LABELS },
  maritalStatus: { codes: situation.MARITAL_STATUSES, labels: situation.MARITAL_STATUS_LABELS },
  role: { codes: roles.ROLES, labels: roles.ROLE_LABELS },
  orderedBy: { codes: exceptionOrders.ORDERED_BY, labels: exceptionOrders.ORDERED_BY_LABELS },
  exceptionOrderStatus: {
    codes: exceptionOrders.EXCEPTION_ORDER_STATUSES,
    labels: exceptionOrders.EXCEPTION_ORDER_STATUS_LABELS,
  },
  graduateFileKind: { codes: files.GRADUATE_FILE_KINDS, labels: files.GRADUATE_FILE_KIND_LABELS },
  subjectRequestKind: {
    codes: privacy.SUBJECT_REQUEST_KINDS,
    labels: privacy.SUBJECT_REQUEST_KIND_LABELS,
  },
  subjectRequestChannel: {
    codes: privacy.SUBJECT_REQUEST_CHANNELS,
    labels: privacy.SUBJECT_REQUEST_CHANNEL_LABELS,
  },
  institutionKind: {
    codes: institutions.INSTITUTION_KINDS,
    labels: institutions.INSTITUTION_KIND_LABELS,
  },
};
