import { Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../shared/ui/useDebouncedValue';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { GraduateCreateForm } from '../../graduates/GraduateCreateForm';
import { useGraduateSearch } from '../../graduates/useGraduateSearch';
import { GraduateSearchResults } from './GraduateSearchResults';

interface GraduateStepProps {
  chosenId?: string;
  /** A person was picked from the results or registered just now. */
  onChoose: (id: string) => void;
}

/** What was typed, as the name fields of a new file: surname, name, patronymic. */
function nameParts(typed: string) {
  const [lastName, firstName, ...rest] = typed.trim().split(/\s+/);
  return { lastName, firstName, patronymic: rest.join(' ') || undefined };
}

/** Step 1: find the person as their name is typed (typos forgiven), or register them here. */
export function GraduateStep({ chosenId, onChoose }: GraduateStepProps) {
  const { t } = useTranslation('appeals');
  const [typed, setTyped] = useState('');
  const [creating, setCreating] = useState(false);
  const q = useDebouncedValue(typed.trim(), 300);
  const found = useGraduateSearch(q);

  if (creating) {
    return (
      <Card size="small" title={t('register.newGraduateTitle')}>
        <GraduateCreateForm
          initialValues={nameParts(typed)}
          onCreated={(graduate) => {
            setCreating(false);
            onChoose(graduate.id);
          }}
          onUseExisting={(id) => {
            setCreating(false);
            onChoose(id);
          }}
          onCancel={() => setCreating(false)}
        />
      </Card>
    );
  }

  return (
    <Flex vertical gap={16}>
      <Input.Search
        size="large"
        allowClear
        autoFocus
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        placeholder={t('register.searchPlaceholder')}
        aria-label={t('register.searchLabel')}
        loading={found.isFetching}
        data-testid="graduate-search"
      />
      {q ? (
        <>
          <ProblemAlert error={found.error} />
          <GraduateSearchResults
            items={found.data?.items}
            loading={found.isFetching}
            chosenId={chosenId}
            onChoose={onChoose}
          />
        </>
      ) : (
        <Typography.Text type="secondary">{t('register.searchHint')}</Typography.Text>
      )}
      <Flex align="center" gap={12} wrap>
        <Typography.Text>{t('register.notOnFile')}</Typography.Text>
        <Button onClick={() => setCreating(true)} data-testid="create-graduate">
          {t('register.createGraduate')}
        </Button>
      </Flex>
    </Flex>
  );
}
