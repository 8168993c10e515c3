import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../shared/auth/usePermissions';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { AppealDrawer } from './appeal/AppealDrawer';
import { AppealsTable } from './appeal/AppealsTable';
import { useAppeals } from './appeal/useAppeals';
import { AppealFilters } from './journal/AppealFilters';
import { ExportJournalButton } from './journal/ExportJournalButton';
import { ImportJournalButton } from './import/ImportJournalButton';
import { useJournalFilters } from './journal/useJournalFilters';
import { RegisterAppealButton } from './RegisterAppealButton';
import { EmptyState } from '../../shared/ui/EmptyState';
import { PageTitle } from '../../shared/ui/PageTitle';

/** «Журнал регистрации обращений и оказанной помощи» (001 §8.2). */
export function AppealJournalPage() {
  const { t } = useTranslation('appeals');
  const { can } = usePermissions();
  const {
    filters,
    query,
    changeFilters,
    changePage,
    openAppealId,
    openAppeal,
    filtered,
    resetFilters,
  } = useJournalFilters();
  const appeals = useAppeals(query);
  const graduateName = appeals.data?.items.find(
    ({ graduate }) => graduate.id === filters.graduateId,
  )?.graduate.fullName;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={16}>
        <PageTitle style={{ margin: 0 }}>{t('journal.title')}</PageTitle>
        <Flex gap={8} wrap>
          {can('journal.export') && <ExportJournalButton from={filters.from} to={filters.to} />}
          {can('journal.import') && <ImportJournalButton />}
          <RegisterAppealButton />
        </Flex>
      </Flex>
      <AppealFilters value={filters} graduateName={graduateName} onChange={changeFilters} />
      <ProblemAlert error={appeals.error} />
      <AppealsTable
        page={appeals.data}
        loading={appeals.isFetching}
        onPageChange={changePage}
        onOpen={openAppeal}
        empty={
          <EmptyState
            text={t('journal.emptyMonth')}
            filtered={filtered}
            filteredText={t('journal.empty')}
            onResetFilters={resetFilters}
            action={<RegisterAppealButton />}
          />
        }
      />
      {openAppealId && <AppealDrawer id={openAppealId} onClose={() => openAppeal(null)} />}
    </Flex>
  );
}
