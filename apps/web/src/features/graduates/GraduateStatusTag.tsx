import type { Schemas } from '@postcare/api-client';
import { GRADUATE_STATUS_LABELS } from '@postcare/domain';
import { PlainTag, type PlainTagColor } from '../../shared/ui/PlainTag';
import { useLabel } from '../../shared/vocabulary/useLabel';

const COLORS: Record<Schemas['GraduateStatus'], PlainTagColor> = {
  preparing: 'blue',
  under_support: 'green',
  one_off: 'gold',
  ended: 'default',
};

export function GraduateStatusTag({ status }: { status: Schemas['GraduateStatus'] }) {
  const labelOf = useLabel();
  return <PlainTag color={COLORS[status]}>{labelOf(GRADUATE_STATUS_LABELS, status)}</PlainTag>;
}
