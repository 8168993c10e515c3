import { Column, Entity, Index } from 'typeorm';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';

/** The milestones of living on one's own (comparable systems' independence checklists). */
export enum Milestone {
  Passport = 'passport',
  Snils = 'snils',
  MedicalPolicy = 'medical_policy',
  Inn = 'inn',
  Registration = 'registration',
  MilitaryRegistration = 'military_registration',
  BankAccount = 'bank_account',
  Housing = 'housing',
  HousingQueue = 'housing_queue',
  Income = 'income',
  HealthCheck = 'health_check',
  EducationFinished = 'education_finished',
  TrustedAdult = 'trusted_adult',
}

export const MILESTONE_LABELS: Readonly<Record<Milestone, string>> = {
  passport: 'Паспорт',
  snils: 'СНИЛС',
  medical_policy: 'Полис ОМС',
  inn: 'ИНН',
  registration: 'Регистрация по месту жительства',
  military_registration: 'Воинский учёт',
  bank_account: 'Банковский счёт',
  housing: 'Собственное или закреплённое жильё',
  housing_queue: 'Очередь на жильё для детей-сирот (номер)',
  income: 'Стабильный доход или оформленные выплаты',
  health_check: 'Пройдена диспансеризация',
  education_finished: 'Получено первое профессиональное образование',
  trusted_adult: 'Есть взрослый, на которого можно опереться',
};

export enum MilestoneStatus {
  NotStarted = 'not_started',
  InProgress = 'in_progress',
  Done = 'done',
  NotNeeded = 'not_needed',
}

/** A milestone's state for one graduate; a row exists once somebody has set it. */
@Entity('independence_milestones')
@Index('independence_milestones_unique', ['graduateId', 'milestone'], { unique: true })
export class IndependenceMilestone extends InstitutionOwnedEntity {
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @Column({ type: 'enum', enum: Milestone, enumName: 'milestone' })
  milestone: Milestone;

  @Column({ type: 'enum', enum: MilestoneStatus, enumName: 'milestone_status' })
  status: MilestoneStatus;

  /** When it was done (or started). */
  @Column({ name: 'on_date', type: 'date', nullable: true })
  onDate: string | null;

  /** E.g. the queue number, the kind of benefit claimed. */
  @Column({ type: 'text', default: '' })
  note: string;
}
