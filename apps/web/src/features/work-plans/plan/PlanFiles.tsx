import { App, Button, Flex, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintButtons } from '../../../shared/ui/PrintButtons';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import type { WorkPlan } from '../vocabulary';
import { exportWorkPlan, printWorkPlan } from '../workPlanFiles';

/** «Печать: DOCX PDF» with the head's approval, and the items as an XLSX spreadsheet. */
export function PlanFiles({ plan }: { plan: WorkPlan }) {
  const { t } = useTranslation('workPlans');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const [exporting, setExporting] = useState(false);

  const exportSheet = async () => {
    setExporting(true);
    try {
      const name = await exportWorkPlan(plan);
      void message.success(tc('documents.saved', { name }));
    } catch (error) {
      notifyProblem(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Flex wrap gap={12} align="center">
      <PrintButtons testId="work-plan-print" print={(format) => printWorkPlan(plan, format)} />
      <Space size={6} data-testid="work-plan-export">
        <Typography.Text type="secondary">{t('files.export')}</Typography.Text>
        <Tooltip title={t('files.xlsxHint')}>
          <Button loading={exporting} onClick={() => void exportSheet()}>
            XLSX
          </Button>
        </Tooltip>
      </Space>
    </Flex>
  );
}
