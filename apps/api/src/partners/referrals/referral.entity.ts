import {
  REFERRAL_STATUS_LABELS as STATUS_LABELS,
  REFERRAL_STATUSES,
  russianWords,
  type EnumMatches,
} from '@postcare/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';
import { Graduate } from '../../graduates/graduate.entity';
import { Partner } from '../partner.entity';

export enum ReferralStatus {
  Sent = 'sent',
  Accepted = 'accepted',
  Done = 'done',
  Declined = 'declined',
}

export const REFERRAL_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  ReferralStatus,
  (typeof REFERRAL_STATUSES)[number]
>;

/** Russian words as messages print them (capitalised); codes and words live in @postcare/domain. */
export const REFERRAL_STATUS_LABELS = russianWords(STATUS_LABELS, { capitalised: true });

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
