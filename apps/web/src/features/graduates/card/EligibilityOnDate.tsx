import { DatePicker, Flex, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { EligibilityMark } from '../EligibilityMark';
import { DATE_FORMAT, isoDate } from '../format';
import { useEligibilityOn } from './useEligibilityOn';

/** Checks eligibility on another day than today, e.g. before planning help. */
export function EligibilityOnDate({ graduateId }: { graduateId: string }) {
  const { t } = useTranslation('graduates');
  const [day, setDay] = useState<Dayjs | null>(null);
  const eligibility = useEligibilityOn(graduateId, day ? isoDate(day) : undefined);
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{t('eligibility.checkOn')}</Typography.Text>
        <DatePicker
          format={DATE_FORMAT}
          placeholder={t('form.datePlaceholder')}
          value={day}
          onChange={setDay}
          aria-label={t('eligibility.checkOn')}
        />
        {day && eligibility.data && (
          <>
            <EligibilityMark eligible={eligibility.data.eligible} />
            <Typography.Text type="secondary">{eligibility.data.reason}</Typography.Text>
          </>
        )}
      </Flex>
      <ProblemAlert error={eligibility.error} />
    </Flex>
  );
}
