import { Select, type SelectProps } from 'antd';
import { useAssignableStaff } from '../useAssignableStaff';

type SpecialistSelectProps = Omit<SelectProps<string | null>, 'options' | 'showSearch'> & {
  /** The name of the current assignee, shown even if they are no longer offered. */
  currentName?: string | null;
};

/** Picks the responsible specialist (or head) among the institution's active staff. */
export function SpecialistSelect({ currentName, value, ...props }: SpecialistSelectProps) {
  const { staff, isLoading } = useAssignableStaff();
  const options = staff.map((user) => ({
    value: user.id,
    label: user.position ? `${user.fullName} — ${user.position}` : user.fullName,
  }));
  if (value && currentName && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: currentName });
  }
  return (
    <Select<string | null>
      {...props}
      value={value}
      loading={isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
    />
  );
}
