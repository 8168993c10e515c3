import { Appeal } from '../appeals/appeal.entity';
import { LifecycleEvent } from '../common/lifecycle/lifecycle-event.entity';
import { ContractNumber } from '../contracts/contract-number.entity';
import { Contract } from '../contracts/contract.entity';
import { ExceptionOrder } from '../graduates/exception-orders/exception-order.entity';
import { DocumentTemplate } from '../institutions/templates/document-template.entity';
import { PlanActivity } from '../plans/plan-activity.entity';
import { PlanRevision } from '../plans/plan-revision.entity';
import { SupportPlan } from '../plans/plan.entity';
import { SituationRecord } from '../graduates/situation/situation-record.entity';
import { IdentityDocument } from '../graduates/identity-documents/identity-document.entity';
import { Relative } from '../graduates/relatives/relative.entity';
import { AssessmentGuidance } from '../monitoring/assessments/assessment-guidance.entity';
import { Assessment } from '../monitoring/assessments/assessment.entity';
import { IndependenceMilestone } from '../monitoring/checklist/milestone.entity';
import { CaseContact } from '../monitoring/contacts/case-contact.entity';
import { GuardianshipNotice } from '../monitoring/notices/notice.entity';
import { Partner } from '../partners/partner.entity';
import { Referral } from '../partners/referrals/referral.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { RefreshToken } from '../auth/sessions/refresh-token.entity';
import { DictionaryEntry } from '../dictionaries/dictionary-entry.entity';
import { Consent } from '../graduates/consents/consent.entity';
import { GraduateFile } from '../graduates/files/graduate-file.entity';
import { Graduate } from '../graduates/graduate.entity';
import { Institution } from '../institutions/institution.entity';
import { AidService } from '../services/aid-service.entity';
import { User } from '../users/user.entity';
import { EventParticipant } from '../events/event-participant.entity';
import { GroupEvent } from '../events/group-event.entity';
import { WorkPlanItem } from '../work-plans/work-plan-item.entity';
import { WorkPlanSection } from '../work-plans/work-plan-section.entity';
import { WorkPlan } from '../work-plans/work-plan.entity';
import { RegionalScope } from '../reports/regional/regional-scope.entity';
import { Report, ReportVersion } from '../reports/report.entity';
import { CuratorAssignment } from '../curators/assignments/curator-assignment.entity';
import { CuratorConsultation } from '../curators/curator-consultation.entity';
import { Curator } from '../curators/curator.entity';
import {
  CuratorTrainingAttendance,
  CuratorTrainingSession,
} from '../curators/training/training-session.entity';
import { Notification } from '../notifications/notification.entity';
import { OutboxMessage } from '../notifications/outbox/outbox-message.entity';
import { DestructionAct } from '../privacy/destruction-act.entity';
import { SubjectRequest } from '../privacy/subject-request.entity';
import { ApiClient } from '../integrations/clients/api-client.entity';
import { ApiKey } from '../integrations/clients/api-key.entity';
import { IdempotencyKey } from '../integrations/idempotency/idempotency-key.entity';
import { ChangeLogEntry } from '../integrations/changes/change-log-entry.entity';
import {
  WebhookDelivery,
  WebhookDeliveryAttempt,
  WebhookEvent,
  WebhookSubscription,
} from '../integrations/webhooks/webhook.entities';

/** Every entity of the schema; migrations are generated against this list. */
export const ENTITIES = [
  Institution,
  User,
  RefreshToken,
  AuditEntry,
  Graduate,
  Consent,
  GraduateFile,
  DictionaryEntry,
  Appeal,
  AidService,
  DocumentTemplate,
  LifecycleEvent,
  ExceptionOrder,
  Contract,
  ContractNumber,
  SupportPlan,
  PlanActivity,
  PlanRevision,
  SituationRecord,
  Relative,
  IdentityDocument,
  Assessment,
  AssessmentGuidance,
  CaseContact,
  IndependenceMilestone,
  GuardianshipNotice,
  Partner,
  Referral,
  GroupEvent,
  EventParticipant,
  WorkPlan,
  WorkPlanSection,
  WorkPlanItem,
  Curator,
  CuratorTrainingSession,
  CuratorTrainingAttendance,
  CuratorAssignment,
  CuratorConsultation,
  Notification,
  OutboxMessage,
  Report,
  ReportVersion,
  RegionalScope,
  SubjectRequest,
  DestructionAct,
  ApiClient,
  ApiKey,
  IdempotencyKey,
  ChangeLogEntry,
  WebhookSubscription,
  WebhookEvent,
  WebhookDelivery,
  WebhookDeliveryAttempt,
];
