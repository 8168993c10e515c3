import { Flex, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ServiceFields } from '../services/ServiceFields';

interface HelpStepProps {
  recording: boolean;
  onRecordingChange: (recording: boolean) => void;
  appealDay?: Dayjs;
}

/** Step 3 (optional): the help given right away, e.g. a consultation during the call. */
export function HelpStep({ recording, onRecordingChange, appealDay }: HelpStepProps) {
  const { t } = useTranslation('appeals');
  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={12}>
        <Switch
          checked={recording}
          onChange={onRecordingChange}
          aria-label={t('register.recordHelp')}
          data-testid="record-help-switch"
        />
        <Typography.Text strong>{t('register.recordHelp')}</Typography.Text>
      </Flex>
      {recording ? (
        <ServiceFields notBefore={appealDay} resultRequired />
      ) : (
        <Typography.Text type="secondary">{t('register.noHelpHint')}</Typography.Text>
      )}
    </Flex>
  );
}
