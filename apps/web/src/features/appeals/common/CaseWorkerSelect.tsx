import type { Schemas } from '@postcare/api-client';
import { Select, type SelectProps } from 'antd';
import { useCaseWorkers } from './useCaseWorkers';

type CaseWorkerSelectProps = Omit<SelectProps<string | null>, 'options' | 'showSearch'> & {
  /** The person chosen earlier, shown even if no longer active. */
  current?: Schemas['StaffRefDto'] | null;
};

/** Picks an active specialist or head of the institution, searching by name. */
export function CaseWorkerSelect({ current, ...props }: CaseWorkerSelectProps) {
  const workers = useCaseWorkers();
  const options = workers.data.map(({ id, fullName }) => ({ value: id, label: fullName }));
  if (current && !options.some(({ value }) => value === current.id)) {
    options.unshift({ value: current.id, label: current.fullName });
  }
  return (
    <Select<string | null>
      {...props}
      loading={workers.isFetching}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
    />
  );
}
