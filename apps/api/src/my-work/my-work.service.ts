import { Injectable } from '@nestjs/common';
import { Actor } from '../common/auth/actor';
import { Permission } from '../common/auth/permissions';
import { ContractsService } from '../contracts/contracts.service';
import { AssessmentScheduleService } from '../monitoring/assessments/assessment-schedule.service';
import { NoticesService } from '../monitoring/notices/notices.service';
import { ReportCountsService } from '../reports/report-counts.service';
import { ApprovalCountsService } from './approval-counts.service';
import { CaseCountsService } from './case-counts.service';
import { CaseloadService } from './caseload.service';
import { MyWorkCaseloadRowDto } from './dto/caseload.response';
import { MyWorkCountDto } from './dto/my-work-count.dto';
import {
  MyWorkAppealsDto,
  MyWorkApprovalsDto,
  MyWorkContractsDto,
  MyWorkDto,
  MyWorkMonitoringDto,
  MyWorkPlansDto,
  MyWorkScope,
} from './dto/my-work.response';
import { LIST_LINKS as L } from './list-links';

const counted = async (count: Promise<number>, link: MyWorkCountDto['link']) =>
  MyWorkCountDto.of(await count, link);

/** Sections the caller may not read are left out (null), as the lists they open would refuse. */
const when = <T>(allowed: boolean, section: () => Promise<T>): Promise<T | null> =>
  allowed ? section() : Promise.resolve(null);

/**
 * «Моя работа»: what waits for the caller. Specialists see their own work and what their
 * visibility lets through (assigned files and the intake queue); heads and supervisors the
 * whole institution, heads also what waits for their approval, and the caseload.
 */
@Injectable()
export class MyWorkService {
  constructor(
    private readonly cases: CaseCountsService,
    private readonly approvalCounts: ApprovalCountsService,
    private readonly caseloads: CaseloadService,
    private readonly contractCounts: ContractsService,
    private readonly assessments: AssessmentScheduleService,
    private readonly notices: NoticesService,
    private readonly reportCounts: ReportCountsService,
  ) {}

  async forActor(actor: Actor): Promise<MyWorkDto> {
    const own = !actor.can(Permission.GraduatesAllInInstitution);
    const [appeals, plans, monitoring, contracts, turning23, missing, withdrawn] =
      await Promise.all([
        when(actor.can(Permission.AppealsRead), () => this.appeals(actor, own)),
        when(actor.can(Permission.PlansRead), () => this.plans(actor, own)),
        when(actor.can(Permission.MonitoringRead), () => this.monitoring(actor)),
        when(actor.can(Permission.ContractsRead), () => this.contracts(actor)),
        counted(this.cases.turning23(actor), L.turning23()),
        counted(this.cases.consents(actor, 'missing'), L.consents()),
        counted(this.cases.consents(actor, 'withdrawn'), L.consents()),
      ]);
    const [approvals, caseload] = await Promise.all([
      this.approvals(actor),
      when(!own, () => this.caseload(actor)),
    ]);
    return {
      today: actor.today(),
      scope: own ? MyWorkScope.Own : MyWorkScope.Institution,
      appeals,
      plans,
      monitoring,
      contracts,
      graduates: { turning23 },
      consents: { missing, withdrawn },
      reports: await this.reports(actor),
      approvals,
      caseload,
    };
  }

  private async reports(actor: Actor) {
    if (!actor.can(Permission.ReportsRead)) return null;
    const [reportsDue, reportsToReview] = await Promise.all([
      counted(this.reportCounts.due(actor), L.reportsDue()),
      counted(this.reportCounts.toReview(actor), L.reportsToReview()),
    ]);
    return { reportsDue, reportsToReview };
  }

  private async appeals(actor: Actor, own: boolean): Promise<MyWorkAppealsDto> {
    const [intakeQueue, open] = await Promise.all([
      counted(this.cases.intakeQueue(actor), L.intakeQueue()),
      counted(this.cases.openAppeals(actor, own), L.openAppeals(own ? actor.userId : undefined)),
    ]);
    return { intakeQueue, open };
  }

  private async plans(actor: Actor, own: boolean): Promise<MyWorkPlansDto> {
    const [activitiesOverdue, activitiesDueThisWeek] = await Promise.all([
      counted(this.cases.activitiesOverdue(actor, own), L.activitiesOverdue(own)),
      counted(this.cases.activitiesDueThisWeek(actor, own), L.activitiesDueThisWeek(own)),
    ]);
    return { activitiesOverdue, activitiesDueThisWeek };
  }

  private async monitoring(actor: Actor): Promise<MyWorkMonitoringDto> {
    const [assessmentsDue, assessmentsOverdue, noticesToSend, noticesOverdue] = await Promise.all([
      counted(this.assessments.count(actor, 'due'), L.assessmentsDue()),
      counted(this.assessments.count(actor, 'overdue'), L.assessmentsOverdue()),
      counted(this.notices.count(actor, 'to_send'), L.noticesToSend()),
      counted(this.notices.count(actor, 'overdue'), L.noticesOverdue()),
    ]);
    return { assessmentsDue, assessmentsOverdue, noticesToSend, noticesOverdue };
  }

  private async contracts(actor: Actor): Promise<MyWorkContractsDto> {
    const [expiring, missingScan] = await Promise.all([
      counted(this.contractCounts.count(actor, { attention: 'expiring' }), L.contractsExpiring()),
      counted(
        this.contractCounts.count(actor, { attention: 'missing_scan' }),
        L.contractsMissingScan(),
      ),
    ]);
    return { expiring, missingScan };
  }

  private async approvals(actor: Actor): Promise<MyWorkApprovalsDto | null> {
    const decides = {
      plans: actor.can(Permission.PlansApprove),
      orders: actor.can(Permission.ExceptionOrdersConfirm),
      curators: actor.can(Permission.CuratorsApprove),
    };
    if (!decides.plans && !decides.orders && !decides.curators) return null;
    const [plans, exceptionOrders, curators] = await Promise.all([
      when(decides.plans, () => counted(this.approvalCounts.plansSubmitted(actor), L.approvals())),
      when(decides.orders, () =>
        counted(this.approvalCounts.exceptionOrdersRequested(actor), L.approvals()),
      ),
      when(decides.curators, () =>
        counted(this.approvalCounts.curatorsTrained(actor), L.curatorsToApprove()),
      ),
    ]);
    return { plans, exceptionOrders, curators };
  }

  private async caseload(actor: Actor): Promise<MyWorkCaseloadRowDto[]> {
    const rows = await this.caseloads.ofInstitution(actor);
    return rows.map(({ specialist, ...load }) => ({
      specialist: {
        id: specialist.id,
        fullName: specialist.fullName,
        position: specialist.position,
      },
      graduatesUnderSupport: MyWorkCountDto.of(
        load.graduatesUnderSupport,
        L.graduatesUnderSupportOf(specialist.id),
      ),
      openAppeals: MyWorkCountDto.of(load.openAppeals, L.openAppeals(specialist.id)),
      overdueActivities: MyWorkCountDto.of(load.overdueActivities, L.overdueActivitiesOf()),
    }));
  }
}
