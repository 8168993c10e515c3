import { Flex, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../shared/files/DownloadButton';
import { PrintButtons } from '../../../shared/ui/PrintButtons';
import type { WorkPlan } from '../vocabulary';
import { exportWorkPlan, printWorkPlan } from '../workPlanFiles';

/** «Печать: DOCX PDF» with the head's approval, and the items as an XLSX spreadsheet. */
export function PlanFiles({ plan }: { plan: WorkPlan }) {
  const { t } = useTranslation('workPlans');

  return (
    <Flex wrap gap={12} align="center">
      <PrintButtons testId="work-plan-print" print={(format) => printWorkPlan(plan, format)} />
      <Space size={6} data-testid="work-plan-export">
        <Typography.Text type="secondary">{t('files.export')}</Typography.Text>
        <Tooltip title={t('files.xlsxHint')}>
          <span>
            <DownloadButton save={() => exportWorkPlan(plan)}>XLSX</DownloadButton>
          </span>
        </Tooltip>
      </Space>
    </Flex>
  );
}
