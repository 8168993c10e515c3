import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last sequence number given to a contract of an institution in a year. */
@Entity('contract_numbers')
export class ContractNumber {
  @PrimaryColumn({ name: 'institution_id', type: 'uuid' })
  institutionId: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ name: 'last_seq', type: 'int' })
  lastSeq: number;
}
