import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';
import { Graduate } from '../../graduates/graduate.entity';
import { Partner } from '../partner.entity';
import { ReferralStatus, REFERRAL_STATUS_LABELS } from './referral-status';

export { ReferralStatus, REFERRAL_STATUS_LABELS };

/** A graduate referred to a partner for a purpose; allowed only under a consent to share with that kind. */
@Entity('referrals')
@Index('referrals_graduate_idx', ['graduateId', 'referredOn'])
@Index('referrals_partner_idx', ['partnerId', 'referredOn'])
export class Referral extends InstitutionOwnedEntity {
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @ManyToOne(() => Graduate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'graduate_id' })
  graduate?: Graduate;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ name: 'referred_on', type: 'date' })
  referredOn: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ name: 'appeal_id', type: 'uuid', nullable: true })
  appealId: string | null;

  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId: string | null;

  @Column({
    type: 'enum',
    enum: ReferralStatus,
    enumName: 'referral_status',
    default: ReferralStatus.Sent,
  })
  status: ReferralStatus;

  /** The day of the latest status. */
  @Column({ name: 'status_on', type: 'date' })
  statusOn: string;

  @Column({ type: 'text', default: '' })
  result: string;
}
