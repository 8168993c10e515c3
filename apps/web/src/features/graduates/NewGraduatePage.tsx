import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { GraduateCreateForm } from './GraduateCreateForm';
import { GRADUATES_PATH, graduatePath } from './paths';
import { PageTitle } from '../../shared/ui/PageTitle';

export function NewGraduatePage() {
  const { t } = useTranslation('graduates');
  const navigate = useNavigate();
  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <PageTitle style={{ margin: 0 }}>{t('form.createTitle')}</PageTitle>
      <Card>
        <GraduateCreateForm
          draftName="graduate-new"
          onCreated={(graduate) => void navigate(graduatePath(graduate.id))}
          onCancel={() => void navigate(GRADUATES_PATH)}
        />
      </Card>
    </Flex>
  );
}
