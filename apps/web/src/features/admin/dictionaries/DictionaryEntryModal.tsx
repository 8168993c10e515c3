import type { Schemas } from '@postcare/api-client';
import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useDictionaryChanges, type DictionaryPathKind } from './useDictionaryAdmin';

type Entry = Schemas['DictionaryEntryDto'];
interface EntryValues {
  code: string;
  name: string;
  sortOrder: number;
}

/** Adds an entry to a list, or renames one (`entry` given; its code never changes). */
export function DictionaryEntryModal({
  kind,
  entry,
  nextSortOrder,
  onClose,
}: {
  kind: DictionaryPathKind;
  entry?: Entry;
  nextSortOrder: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EntryValues>();
  const { create, update } = useDictionaryChanges();
  const mutation = entry ? update : create;
  const options = {
    onSuccess: onClose,
    onError: (error: unknown) => applyFieldErrors(form, error),
  };

  const submit = (values: EntryValues) => {
    if (entry)
      update.mutate(
        {
          params: { path: { kind, id: entry.id } },
          body: { version: entry.version, name: values.name, sortOrder: values.sortOrder },
        },
        options,
      );
    else create.mutate({ params: { path: { kind } }, body: values }, options);
  };

  return (
    <FormModal<EntryValues>
      title={t(entry ? 'dictionaries.editTitle' : 'dictionaries.addTitle')}
      okText={t('dictionaries.save')}
      form={form}
      testId="dictionary-entry-form"
      initialValues={{
        code: entry?.code ?? '',
        name: entry?.name ?? '',
        sortOrder: entry?.sortOrder ?? nextSortOrder,
      }}
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('dictionaries.name')}
        name="name"
        rules={[
          { required: true, whitespace: true, min: 2, message: t('dictionaries.nameRequired') },
        ]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        label={t('dictionaries.code')}
        name="code"
        extra={t('dictionaries.codeHint')}
        rules={[
          { required: true, message: t('dictionaries.codeRequired') },
          { pattern: /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, message: t('dictionaries.codeFormat') },
        ]}
      >
        <Input maxLength={64} disabled={Boolean(entry)} autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('dictionaries.sortOrder')}
        name="sortOrder"
        extra={t('dictionaries.sortOrderHint')}
      >
        <InputNumber min={0} max={100000} style={{ width: 160 }} />
      </Form.Item>
    </FormModal>
  );
}
