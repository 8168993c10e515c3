import { CONTRACT_STATUS_LABELS } from '@postcare/domain';
import { Badge, Button, Flex, Select, Switch, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { useNavigate, useSearchParams } from 'react-router';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { GRADUATES_PATH } from '../../graduates/paths';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { useContracts } from '../useContracts';
import {
  ATTENTION,
  CONTRACT_KINDS,
  STATUS_COLORS,
  type Attention,
  type ContractStatus,
} from '../vocabulary';
import { ContractsTable } from './ContractsTable';
import { PageTitle } from '../../../shared/ui/PageTitle';

type View = 'all' | Attention;
const VIEWS: View[] = ['all', ...ATTENTION];
const STATUSES = Object.keys(STATUS_COLORS) as ContractStatus[];

const positive = (value: string | null, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

/** How many contracts an attention list holds, for its tab. */
function useAttentionCount(attention: Attention): number | undefined {
  return useContracts({ attention, pageSize: 1 }).data?.total;
}

/**
 * «Договоры»: every contract the user may see, and the lists that need the head's
 * attention (expiring, expired, missing the scan, no approved plan). The view is in the
 * address, so it can be reloaded and sent.
 */
export function ContractsPage() {
  const { t } = useTranslation('contracts');
  const labelOf = useLabel();
  const [params, setParams] = useSearchParams();
  const { can } = usePermissions();
  const navigate = useNavigate();
  const asked = params.get('view');
  const view: View = VIEWS.find((value) => value === asked) ?? 'all';
  const page = positive(params.get('page'), 1);
  const pageSize = positive(params.get('pageSize'), 20);
  const mine = params.get('mine') === 'true';
  const status = STATUSES.find((value) => value === params.get('status'));
  const kind = CONTRACT_KINDS.find((value) => value === params.get('kind'));
  const contracts = useContracts(
    view === 'all'
      ? { page, pageSize, mine: mine || undefined, status, kind }
      : { page, pageSize, mine: mine || undefined, attention: view },
  );
  const counts: Record<Attention, number | undefined> = {
    expiring: useAttentionCount('expiring'),
    expired: useAttentionCount('expired'),
    missing_scan: useAttentionCount('missing_scan'),
    plan_missing: useAttentionCount('plan_missing'),
  };

  const write = (changes: Record<string, string | undefined>) =>
    setParams((before) => {
      const next = new URLSearchParams(before);
      for (const [name, value] of Object.entries(changes)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      return next;
    });

  const label = (value: View) =>
    value === 'all' ? (
      t('list.all')
    ) : (
      <Flex gap={6} align="center">
        {t(`attention.${value}`)}
        <Badge
          count={counts[value]}
          showZero={false}
          color={value === 'expired' ? 'red' : 'gold'}
          overflowCount={999}
        />
      </Flex>
    );

  return (
    <Flex vertical gap={16}>
      <PageTitle style={{ margin: 0 }}>{t('list.title')}</PageTitle>
      <Tabs
        activeKey={view}
        onChange={(key) => write({ view: key === 'all' ? undefined : key, page: undefined })}
        items={VIEWS.map((value) => ({ key: value, label: label(value) }))}
      />
      {view !== 'all' && (
        <Typography.Text type="secondary">{t(`attentionHint.${view}`)}</Typography.Text>
      )}
      <Flex wrap gap={12} align="center">
        {view === 'all' && (
          <>
            <Select
              allowClear
              placeholder={t('list.anyStatus')}
              aria-label={t('fields.status')}
              style={{ width: 200 }}
              value={status}
              onChange={(value?: ContractStatus) => write({ status: value, page: undefined })}
              options={STATUSES.map((value) => ({
                value,
                label: labelOf(CONTRACT_STATUS_LABELS, value),
              }))}
            />
            <Select
              allowClear
              placeholder={t('list.anyKind')}
              aria-label={t('fields.kind')}
              style={{ width: 200 }}
              value={kind}
              onChange={(value?: string) => write({ kind: value, page: undefined })}
              options={CONTRACT_KINDS.map((value) => ({ value, label: t(`kindsShort.${value}`) }))}
            />
          </>
        )}
        <Flex gap={8} align="center">
          <Switch
            checked={mine}
            onChange={(checked) => write({ mine: checked ? 'true' : undefined, page: undefined })}
            aria-label={t('list.mine')}
          />
          <Typography.Text>{t('list.mine')}</Typography.Text>
        </Flex>
      </Flex>
      <ProblemAlert error={contracts.error} />
      <ContractsTable
        contracts={contracts.data?.items}
        page={contracts.data}
        loading={contracts.isFetching}
        onPageChange={(nextPage, nextSize) =>
          write({
            page: nextPage > 1 ? String(nextPage) : undefined,
            pageSize: nextSize !== 20 ? String(nextSize) : undefined,
          })
        }
        emptyText={
          view === 'all' ? (
            <EmptyState
              text={t('list.empty')}
              filtered={Boolean(status || kind || mine)}
              onResetFilters={() =>
                write({ status: undefined, kind: undefined, mine: undefined, page: undefined })
              }
              action={
                can('contracts.write') && (
                  <Button type="primary" onClick={() => void navigate(GRADUATES_PATH)}>
                    {t('list.emptyAction')}
                  </Button>
                )
              }
            />
          ) : (
            t('list.emptyAttention')
          )
        }
        testId="contracts-table"
      />
    </Flex>
  );
}
