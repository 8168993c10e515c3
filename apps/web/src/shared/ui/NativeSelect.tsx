import type { CSSProperties } from 'react';
import './native-controls.css';

/**
 * A list filter as the browser's own `<select>`: the empty first option (`placeholder`,
 * e.g. «Любой статус») means «all». In the look of antd's Select, without its weight.
 */
export function NativeSelect<Value extends string>({
  value,
  onChange,
  options,
  placeholder,
  disabled,
  style,
  'aria-label': ariaLabel,
  'data-testid': testId,
}: {
  value: Value | undefined;
  onChange: (value: Value | undefined) => void;
  options: { value: Value; label: string }[];
  placeholder: string;
  disabled?: boolean;
  style?: CSSProperties;
  'aria-label': string;
  'data-testid'?: string;
}) {
  return (
    <select
      className="native-select"
      aria-label={ariaLabel}
      data-testid={testId}
      value={value ?? ''}
      disabled={disabled}
      style={style}
      onChange={(event) => {
        const chosen = options.find((option) => option.value === event.target.value);
        onChange(chosen?.value);
      }}
    >
      <option value="">{placeholder}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** A filter's checkbox: the browser's own, with its label beside it. */
export function NativeCheckbox({
  checked,
  onChange,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: string;
}) {
  return (
    <label className="native-check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {children}
    </label>
  );
}
