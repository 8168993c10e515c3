import { Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { CreateInstitutionModal } from './CreateInstitutionModal';
import { EditInstitutionModal } from './EditInstitutionModal';
import { InstitutionsTable } from './InstitutionsTable';
import { useInstitutions, type InstitutionListQuery } from './useInstitutions';
import { PageTitle } from '../../../shared/ui/PageTitle';

type OpenForm = { kind: 'create' } | { kind: 'edit'; id: string } | null;

export function InstitutionsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<InstitutionListQuery>({ page: 1, pageSize: 20 });
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  const institutions = useInstitutions(query);
  const close = () => setOpenForm(null);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={16}>
        <PageTitle style={{ margin: 0 }}>{t('institutions.title')}</PageTitle>
        <Button type="primary" onClick={() => setOpenForm({ kind: 'create' })}>
          {t('institutions.create')}
        </Button>
      </Flex>
      <Input.Search
        allowClear
        placeholder={t('institutions.searchPlaceholder')}
        aria-label={t('institutions.searchPlaceholder')}
        style={{ maxWidth: 400 }}
        onSearch={(q) => setQuery((current) => ({ ...current, q: q.trim() || undefined, page: 1 }))}
      />
      <ProblemAlert error={institutions.error} />
      <InstitutionsTable
        page={institutions.data}
        loading={institutions.isFetching}
        onPageChange={(page, pageSize) => setQuery((current) => ({ ...current, page, pageSize }))}
        onEdit={(id) => setOpenForm({ kind: 'edit', id })}
      />
      {openForm?.kind === 'create' && <CreateInstitutionModal onClose={close} />}
      {openForm?.kind === 'edit' && <EditInstitutionModal id={openForm.id} onClose={close} />}
    </Flex>
  );
}
