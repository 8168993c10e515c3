import { RecordKind } from '../records/graduate-records.service';
import { Relative } from './relative.entity';

export const RELATIVES: RecordKind<Relative> = {
  entity: Relative,
  auditName: 'relative',
  notFound: 'Родственник не найден',
};
