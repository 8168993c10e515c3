import { Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { useDebouncedValue } from '../../../shared/ui/useDebouncedValue';
import { WorkingCuratorSelect } from '../../curators';
import { useAssignableStaff } from '../../graduates/useAssignableStaff';
import { usePartners } from '../../partners/usePartners';
import { LIMITS, type GroupEvent } from '../vocabulary';
import type { EventValues, LeadMode } from './eventValues';

/** A partner organisation of the directory, searched by name as the user types. */
function LeadPartnerSelect({
  known,
  ...props
}: {
  known?: GroupEvent['leadPartner'];
  value?: string;
  onChange?: (id: string | undefined) => void;
}) {
  const { t } = useTranslation('events');
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const list = usePartners({ q: q || undefined, pageSize: 30 });
  const options = (list.data?.items ?? [])
    .filter((partner) => !partner.archived)
    .map((partner) => ({ value: partner.id, label: partner.name }));
  // The event's own partner shows by name even when the search has moved on.
  if (known && !options.some(({ value }) => value === known.id))
    options.unshift({ value: known.id, label: known.name });
  return (
    <Select<string>
      {...props}
      allowClear
      placeholder={t('form.leadPartnerPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={list.isFetching}
      notFoundContent={list.isFetching ? undefined : t('form.leadPartnerNotFound')}
      options={options}
    />
  );
}

/**
 * Who leads the event: a member of staff (an active head or specialist of the institution,
 * as the API requires), an approved volunteer curator, a partner organisation of the
 * directory (with its person by name), or an invited person by name. Curators and partners
 * are offered to those who may read them.
 */
export function LeadFields({ event }: { event?: GroupEvent }) {
  const { t } = useTranslation('events');
  const { can } = usePermissions();
  const form = Form.useFormInstance<EventValues>();
  const mode = Form.useWatch('leadMode', form) as LeadMode | undefined;
  const { staff, isLoading } = useAssignableStaff();
  const options = staff.map((user) => ({
    value: user.id,
    label: user.position ? `${user.fullName} — ${user.position}` : user.fullName,
  }));
  // A lead who has left the service since still shows by name.
  if (event?.lead && !options.some(({ value }) => value === event.lead?.id)) {
    options.unshift({ value: event.lead.id, label: event.lead.fullName });
  }
  const modes: LeadMode[] = [
    'staff',
    ...(can('curators.read') ? (['curator'] as const) : []),
    ...(can('partners.read') ? (['partner'] as const) : []),
    'invited',
  ];
  const leadNameRules = (required: boolean) => [
    ...(required
      ? [{ required: true, whitespace: true, message: t('validation.leadNameRequired') }]
      : []),
    { max: LIMITS.leadName, message: t('common.textLength', { max: LIMITS.leadName }) },
  ];

  return (
    <>
      <Form.Item label={t('fields.lead')} name="leadMode">
        <Radio.Group
          optionType="button"
          options={modes.map((value) => ({ value, label: t(`form.leadModes.${value}`) }))}
        />
      </Form.Item>
      {mode === 'invited' && (
        <Form.Item
          label={t('fields.leadName')}
          name="leadName"
          extra={t('form.leadNameHint')}
          rules={leadNameRules(true)}
        >
          <Input autoComplete="off" placeholder={t('form.leadNamePlaceholder')} />
        </Form.Item>
      )}
      {mode === 'curator' && (
        <Form.Item
          label={t('fields.leadCurator')}
          name="leadCuratorId"
          extra={t('form.leadCuratorHint')}
          rules={[{ required: true, message: t('validation.leadCuratorRequired') }]}
        >
          <WorkingCuratorSelect known={event?.leadCurator ? [event.leadCurator] : undefined} />
        </Form.Item>
      )}
      {mode === 'partner' && (
        <>
          <Form.Item
            label={t('fields.leadPartner')}
            name="leadPartnerId"
            rules={[{ required: true, message: t('validation.leadPartnerRequired') }]}
          >
            <LeadPartnerSelect known={event?.leadPartner} />
          </Form.Item>
          <Form.Item
            label={t('fields.leadPartnerPerson')}
            name="leadName"
            extra={t('form.leadPartnerPersonHint')}
            rules={leadNameRules(false)}
          >
            <Input autoComplete="off" placeholder={t('form.leadNamePlaceholder')} />
          </Form.Item>
        </>
      )}
      {(mode === 'staff' || mode === undefined) && (
        <Form.Item
          label={t('fields.leadUser')}
          name="leadUserId"
          rules={[{ required: true, message: t('validation.leadUserRequired') }]}
        >
          <Select
            placeholder={t('common.choose')}
            loading={isLoading}
            options={options}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      )}
    </>
  );
}
