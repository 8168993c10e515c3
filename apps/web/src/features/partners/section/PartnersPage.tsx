import { Button, Flex, Select, Switch, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { usePartnerKindOptions } from '../kinds';
import { PartnerDrawer } from '../partner/PartnerDrawer';
import { PartnerFormModal } from '../partner/PartnerFormModal';
import { usePartners } from '../usePartners';
import type { PartnerKind } from '../vocabulary';
import { SearchAsYouType } from '../../../shared/ui/SearchAsYouType';
import { PartnersTable } from './PartnersTable';
import { usePartnersParams, type PartnersView } from './usePartnersParams';
import { ReferralsView } from './ReferralsView';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { PageTitle } from '../../../shared/ui/PageTitle';

/**
 * «Партнёры» (000 §1.5, 001 §5.6): the directory of organisations the service works with —
 * search by name as you type, kind, archived ones — with each organisation's card, and the
 * referrals of graduates to them by status. What is shown is kept in the address.
 */
export function PartnersPage() {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const { can } = usePermissions();
  const params = usePartnersParams();
  const { view, q, kind, archived, page, pageSize } = params;
  const kindOptions = usePartnerKindOptions();
  const partners = usePartners(
    { q, kind, archived: archived || undefined, page, pageSize },
    { enabled: view === 'directory' },
  );
  const [adding, setAdding] = useState(false);
  const filtered = Boolean(q || kind);
  const resetFilters = () => params.setFilters({ q: null, kind: null });

  return (
    <Flex vertical gap={16} data-testid="partners-page">
      <Flex justify="space-between" align="center" wrap gap={16}>
        <PageTitle style={{ margin: 0 }}>{t('section.title')}</PageTitle>
        {view === 'directory' && can('partners.write') && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('directory.add')}
          </Button>
        )}
      </Flex>
      <Tabs
        activeKey={view}
        onChange={(key) => params.setView(key as PartnersView)}
        items={[
          { key: 'directory', label: t('section.directory') },
          { key: 'referrals', label: t('section.referrals') },
        ]}
      />
      {view === 'directory' ? (
        <Flex vertical gap={12}>
          <Flex wrap gap={12} align="center">
            <SearchAsYouType
              label={t('directory.searchPlaceholder')}
              data-testid="partner-search"
              value={q}
              onChange={(next) => params.setFilters({ q: next ?? null })}
            />
            <Select<PartnerKind>
              allowClear
              placeholder={t('directory.anyKind')}
              aria-label={t('fields.kind')}
              style={{ width: 280 }}
              value={kind}
              onChange={(next) => params.setFilters({ kind: next ?? null })}
              options={kindOptions}
              data-testid="partner-kind-filter"
            />
            <Flex gap={8} align="center">
              <Switch
                checked={archived}
                onChange={(checked) => params.setFilters({ archived: checked })}
                aria-label={t('directory.archived')}
              />
              <Typography.Text>{t('directory.archived')}</Typography.Text>
            </Flex>
          </Flex>
          <ProblemAlert error={partners.error} />
          <PartnersTable
            partners={partners.data?.items}
            loading={partners.isFetching}
            pagination={pagePagination(partners.data, tc, params.setPage)}
            emptyText={
              <EmptyState
                text={t('directory.empty')}
                filtered={filtered}
                filteredText={t('directory.nothingFound')}
                onResetFilters={resetFilters}
                action={
                  can('partners.write') && (
                    <Button type="primary" onClick={() => setAdding(true)}>
                      {t('directory.add')}
                    </Button>
                  )
                }
              />
            }
            onOpen={(id) => params.openPartner(id)}
          />
        </Flex>
      ) : (
        <ReferralsView
          status={params.status}
          page={page}
          pageSize={pageSize}
          onStatus={(status) => params.setFilters({ status: status ?? null })}
          onPage={params.setPage}
        />
      )}
      {params.partner && (
        <PartnerDrawer id={params.partner} onClose={() => params.openPartner(undefined)} />
      )}
      {adding && (
        <PartnerFormModal
          onClose={() => setAdding(false)}
          onCreated={(partner) => params.openPartner(partner.id)}
        />
      )}
    </Flex>
  );
}
