import { Flex, Select, Typography, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../shared/ui/useDebouncedValue';
import { usePartnerKindLabel } from '../kinds';
import { usePartners } from '../usePartners';
import type { Partner } from '../vocabulary';

type PartnerSelectProps = Omit<
  SelectProps<string>,
  'options' | 'showSearch' | 'onChange' | 'optionRender'
> & {
  onChange?: (id: string | undefined) => void;
  /** The chosen organisation itself (its kind decides whether the consent covers it). */
  onPick?: (partner: Partner | undefined) => void;
};

/**
 * Picks an organisation of the directory to refer to, searching by name on the server as
 * the user types. Archived organisations are not offered.
 */
export function PartnerSelect({ value, onChange, onPick, ...props }: PartnerSelectProps) {
  const { t } = useTranslation('partners');
  const kindLabel = usePartnerKindLabel();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const list = usePartners({ q: q || undefined, pageSize: 30 });
  const [picked, setPicked] = useState<Partner | undefined>();

  const partners = (list.data?.items ?? []).filter((partner) => !partner.archived);
  if (picked && picked.id === value && !partners.some(({ id }) => id === picked.id)) {
    partners.unshift(picked);
  }

  return (
    <Select<string>
      {...props}
      value={value}
      allowClear
      placeholder={t('referral.partnerPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={list.isFetching}
      notFoundContent={list.isFetching ? undefined : t('referral.partnerNotFound')}
      onChange={(id) => {
        const partner = partners.find((item) => item.id === id);
        setPicked(partner);
        onChange?.(id);
        onPick?.(partner);
      }}
      options={partners.map((partner) => ({
        value: partner.id,
        label: partner.name,
        kind: kindLabel(partner.kind),
      }))}
      optionRender={(option) => (
        <Flex vertical gap={0}>
          <span style={{ whiteSpace: 'normal' }}>{option.data.label}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {option.data.kind as string}
          </Typography.Text>
        </Flex>
      )}
    />
  );
}
