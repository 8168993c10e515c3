import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { ContractsService } from '../contracts/contracts.service';
import { Curator, CuratorStatus } from '../curators/curator.entity';
import {
  ExceptionOrder,
  ExceptionOrderStatus,
} from '../graduates/exception-orders/exception-order.entity';
import { PlanStatus, SupportPlan } from '../plans/plan.entity';
import { countAny } from './counting';

/** What waits for the head's decision, counted as the approval lists select it. */
@Injectable()
export class ApprovalCountsService {
  private readonly orders: InstitutionScoped<ExceptionOrder>;
  private readonly curators: InstitutionScoped<Curator>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contracts: ContractsService,
  ) {
    this.orders = new InstitutionScoped(
      dataSource.getRepository(ExceptionOrder),
      'Распоряжение не найдено',
    );
    this.curators = new InstitutionScoped(dataSource.getRepository(Curator), 'Куратор не найден');
  }

  /** Plans submitted, of contracts the caller may see (a plan is visible with its contract). */
  plansSubmitted(actor: Actor): Promise<number> {
    const where = this.contracts
      .visibleWhere(actor)
      .map((contract) => ({ status: PlanStatus.Submitted, contract }));
    return countAny(this.dataSource.manager, SupportPlan, where);
  }

  /** Exception orders a specialist asked for, of the caller's institution. */
  exceptionOrdersRequested(actor: Actor): Promise<number> {
    return this.dataSource.manager.count(ExceptionOrder, {
      where: this.orders.where(actor, { status: ExceptionOrderStatus.Requested }),
    });
  }

  /** Candidates who attended the required training and wait for the head's approval. */
  curatorsTrained(actor: Actor): Promise<number> {
    return this.dataSource.manager.count(Curator, {
      where: this.curators.where(actor, { status: CuratorStatus.Trained }),
    });
  }
}
