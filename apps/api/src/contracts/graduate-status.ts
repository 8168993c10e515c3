import { GraduateStatus } from '../graduates/graduate.entity';
import { Contract, ContractKind, ContractStatus, END_REASON_LABELS } from './contract.entity';

export interface DerivedStatus {
  status: GraduateStatus;
  reason: string;
}

/**
 * The graduate's status follows the contracts: an active support contract = under support;
 * an active preliminary one = preparing to leave; support ended and none active = ended;
 * otherwise help without a contract = one-off (001 §4.3).
 */
export function statusFromContracts(contracts: readonly Contract[]): DerivedStatus {
  const support = contracts.filter((c) => c.kind === ContractKind.Support);
  const active = support.find((c) => c.status === ContractStatus.Active);
  if (active) return { status: GraduateStatus.UnderSupport, reason: `Договор № ${active.number}` };
  const preliminary = contracts.find(
    (c) => c.kind === ContractKind.Preliminary && c.status === ContractStatus.Active,
  );
  if (preliminary)
    return {
      status: GraduateStatus.Preparing,
      reason: `Предварительный договор № ${preliminary.number}`,
    };
  const ended = support
    .filter((c) => c.status === ContractStatus.Ended)
    .sort((a, b) => (a.endedOn ?? '').localeCompare(b.endedOn ?? ''))
    .pop();
  if (ended)
    return {
      status: GraduateStatus.Ended,
      reason: `Договор № ${ended.number} прекращён: ${END_REASON_LABELS[ended.endReason!]}${ended.endReasonText ? ` (${ended.endReasonText})` : ''}`,
    };
  return { status: GraduateStatus.OneOff, reason: '' };
}
