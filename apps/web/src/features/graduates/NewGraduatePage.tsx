import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { GraduateCreateForm } from './GraduateCreateForm';
import { GRADUATES_PATH, graduatePath } from './paths';

export function NewGraduatePage() {
  const { t } = useTranslation('graduates');
  const navigate = useNavigate();
  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('form.createTitle')}
      </Typography.Title>
      <Card>
        <GraduateCreateForm
          onCreated={(graduate) => void navigate(graduatePath(graduate.id))}
          onCancel={() => void navigate(GRADUATES_PATH)}
        />
      </Card>
    </Flex>
  );
}
