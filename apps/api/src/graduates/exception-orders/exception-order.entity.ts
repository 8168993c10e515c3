import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';
import { Graduate } from '../graduate.entity';
import { ExceptionOrderStatus, OrderedBy } from './exception-order-vocabulary';

// The enums sit apart from the entity so that unit specs can load them without TypeORM.
export {
  EXCEPTION_ORDER_STATUS_LABELS,
  ExceptionOrderStatus,
  OrderedBy,
} from './exception-order-vocabulary';

/**
 * An order to support a person outside the age rules (001 §4.1.3): who ordered it, the
 * order's number and date, the days it is valid. Never deleted; rejected ones stay.
 */
@Entity('exception_orders')
@Index('exception_orders_graduate_idx', ['graduateId'])
@Index('exception_orders_institution_status_idx', ['institutionId', 'status'])
export class ExceptionOrder extends InstitutionOwnedEntity {
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @ManyToOne(() => Graduate, (g) => g.exceptionOrders, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'graduate_id' })
  graduate?: Graduate;

  @Column({ name: 'ordered_by', type: 'enum', enum: OrderedBy, enumName: 'exception_ordered_by' })
  orderedBy: OrderedBy;

  /** Name of the director or head who signed it. */
  @Column({ name: 'ordered_by_name', type: 'text', default: '' })
  orderedByName: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ name: 'order_date', type: 'date' })
  orderDate: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  /** Last day the order covers; null = until support ends. */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  /** Why support is needed outside the rules. */
  @Column({ type: 'text', default: '' })
  grounds: string;

  @Column({
    type: 'enum',
    enum: ExceptionOrderStatus,
    enumName: 'exception_order_status',
    default: ExceptionOrderStatus.Requested,
  })
  status: ExceptionOrderStatus;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_comment', type: 'text', default: '' })
  decisionComment: string;
}

/** True when the order counts on `day`. */
export const coversDay = (o: ExceptionOrder, day: string) =>
  o.status === ExceptionOrderStatus.Confirmed &&
  o.validFrom <= day &&
  (o.validTo === null || day <= o.validTo);
