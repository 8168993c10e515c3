import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { formatDay } from '../common/dates';
import { EligibilityNotice } from './EligibilityNotice';
import { GraduateStatusTags } from './GraduateStatusTags';
import { useGraduateFile } from './useGraduateFile';

interface ChosenGraduateProps {
  id: string;
  /** The day eligibility is checked for: the appeal's day. */
  on: string;
  onChange?: () => void;
}

/** The person the appeal is registered for, with whether they may be helped that day. */
export function ChosenGraduate({ id, on, onChange }: ChosenGraduateProps) {
  const { t } = useTranslation('appeals');
  const graduate = useGraduateFile(id);
  const data = graduate.data;
  return (
    <Card size="small" data-testid="chosen-graduate">
      <ProblemAlert error={graduate.error} />
      {!data ? (
        !graduate.error && <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Flex vertical gap={12}>
          <Flex justify="space-between" align="start" gap={16} wrap>
            <div>
              <Typography.Text strong style={{ fontSize: 16 }}>
                <Link to={`/graduates/${data.id}`} target="_blank">
                  {[data.lastName, data.firstName, data.patronymic].filter(Boolean).join(' ')}
                </Link>
              </Typography.Text>
              <div>
                <Typography.Text type="secondary">
                  {formatDay(data.birthDate)} · {t('register.age', { count: data.age })}
                  {data.responsibleSpecialistName &&
                    ` · ${t('register.responsible', { name: data.responsibleSpecialistName })}`}
                </Typography.Text>
              </div>
              <div style={{ marginTop: 4 }}>
                <GraduateStatusTags {...data} />
              </div>
            </div>
            {onChange && <Button onClick={onChange}>{t('register.changeGraduate')}</Button>}
          </Flex>
          <EligibilityNotice graduateId={data.id} on={on} />
        </Flex>
      )}
    </Card>
  );
}
