import { Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { ReportFiguresView } from '../figures/ReportFiguresView';
import { REPORTS_PATH } from '../paths';
import { LateTag, ReportStatusTag } from '../ReportTags';
import { useReportNames } from '../useReportNames';
import { isEditable, reviewPermission, type Report } from '../vocabulary';
import { NarrativeForm, NarrativeText } from './NarrativeSections';
import { ReportActions } from './ReportActions';
import { ReportFacts } from './ReportFacts';
import { ReportFiles } from './ReportFiles';
import { ReportStatusAlert } from './ReportStatusAlert';
import { ReportVersions } from './ReportVersions';
import { ReturnReportModal } from './ReturnReportModal';
import { useNarrativeDraft } from './useNarrativeDraft';
import { PageTitle } from '../../../shared/ui/PageTitle';

/**
 * A report (001 §8.3–8.4.2): its requisites and state, the figures — live while it is
 * written, fixed once submitted — the free-text sections its author writes, the way to
 * acceptance and back, every submitted version, and the files to sign and count.
 */
export function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation('reports');
  const { can } = usePermissions();
  const me = useCurrentUser().data;
  const names = useReportNames();
  const [returning, setReturning] = useState(false);
  const author = report.author.id === me?.id && isEditable(report);
  const draft = useNarrativeDraft(report, author);
  const reviewer =
    report.status === 'submitted' &&
    report.author.id !== me?.id &&
    can(reviewPermission(report.kind));

  return (
    <Flex vertical gap={16} data-testid="report-view" style={{ minWidth: 0 }}>
      <Link to={REPORTS_PATH}>{t('report.backToList')}</Link>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex gap={8} align="center" wrap style={{ minWidth: 0 }}>
          <PageTitle style={{ margin: 0 }} data-testid="report-title">
            {names.title(report)}
          </PageTitle>
          <ReportStatusTag status={report.status} />
          <LateTag late={report.late} />
        </Flex>
        <ReportFiles report={report} />
      </Flex>
      <ReportStatusAlert report={report} author={author} reviewer={reviewer} />
      <ReportActions
        report={report}
        author={author}
        reviewer={reviewer}
        draft={draft}
        onReturn={() => setReturning(true)}
      />
      <ReportFacts report={report} />
      <ReportFiguresView figures={report.figures} frozen={report.frozen} />
      <div>
        <Typography.Title level={4}>{t('narrative.title')}</Typography.Title>
        {author ? (
          <NarrativeForm sections={report.narrative} draft={draft} />
        ) : (
          <Flex vertical gap={12}>
            {/* A save refused because the report was submitted meanwhile: say so here. */}
            <ProblemAlert error={draft.error} />
            <NarrativeText sections={report.narrative} />
          </Flex>
        )}
      </div>
      <ReportVersions report={report} />
      {returning && <ReturnReportModal report={report} onClose={() => setReturning(false)} />}
    </Flex>
  );
}
