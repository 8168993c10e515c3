import { Button, Flex, Form, Input, type FormRule } from 'antd';

interface StringListFieldProps {
  name: string;
  label: string;
  addText: string;
  removeText: string;
  max: number;
  rules?: FormRule[];
  disabled?: boolean;
  placeholder?: string;
  inputMode?: 'tel' | 'text' | 'url';
}

/** A short list of one-line values (phones, social network pages): add, edit, remove. */
export function StringListField(props: StringListFieldProps) {
  const { name, label, max, disabled } = props;
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Form.Item label={label} style={{ marginBottom: 8 }}>
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  name={field.name}
                  rules={props.rules}
                  validateTrigger="onBlur"
                  style={{ flex: 1, marginBottom: 0 }}
                >
                  <Input
                    disabled={disabled}
                    placeholder={props.placeholder}
                    inputMode={props.inputMode}
                    aria-label={`${label} ${index + 1}`}
                  />
                </Form.Item>
                <Button type="link" disabled={disabled} onClick={() => remove(field.name)}>
                  {props.removeText}
                </Button>
              </Flex>
            ))}
            {fields.length < max && (
              <Button
                type="dashed"
                disabled={disabled}
                onClick={() => add('')}
                style={{ alignSelf: 'flex-start' }}
              >
                {props.addText}
              </Button>
            )}
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}
