import { Column, Entity, Index } from 'typeorm';
import { TrackedEntity } from '../common/persistence/tracked.entity';

/** The deployment-wide lists: problems found in work (001 §8.4) and kinds of help (001 §3.2). */
export enum DictionaryKind {
  Problem = 'problem',
  ServiceKind = 'service_kind',
}

/**
 * One entry of a list. Entries are never deleted: a retired one keeps its meaning in the
 * appeals and services that already name it, but cannot be chosen for new ones.
 */
@Entity('dictionary_entries')
@Index('dictionary_entries_kind_code_unique', ['kind', 'code'], { unique: true })
export class DictionaryEntry extends TrackedEntity {
  @Column({ type: 'enum', enum: DictionaryKind, enumName: 'dictionary_kind' })
  kind: DictionaryKind;

  /** Stable latin snake_case key for reports and integrations; never changes. */
  @Column({ type: 'text' })
  code: string;

  /** Russian name shown to users. */
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
