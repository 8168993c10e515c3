import { LIFE_DOMAIN_LABELS, NOTICE_TRIGGER_LABELS } from '@postcare/domain';
import { Alert, Button, Empty, Flex, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { formatDate } from '../../graduates/format';
import { NoticeFormModal, type NoticeDraft } from '../notices/NoticeFormModal';
import { useGraduateNotices } from '../notices/useNotices';
import type { Assessment, DomainSeries, Notice, SuggestedNotice } from '../vocabulary';
import { AssessmentFormModal } from './AssessmentFormModal';
import { RevisionsModal } from './RevisionsModal';
import { ChangeValue, ScoreTag } from './ScoreTag';
import { useAssessments } from './useAssessments';

/** Whether a notice was already opened for this suggestion of this assessment (and not cancelled). */
const isOpened = (notices: Notice[], assessment: Assessment, suggestion: SuggestedNotice) =>
  notices.some(
    (notice) =>
      notice.source === 'assessment' &&
      notice.sourceId === assessment.id &&
      notice.trigger === suggestion.trigger &&
      notice.status !== 'cancelled',
  );

/** The scores of an assessment with the change since the previous and the first one. */
function ScoresTable({
  assessment,
  series,
}: {
  assessment: Assessment;
  series: DomainSeries[] | undefined;
}) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  const changes = new Map(series?.map((item) => [item.domain, item]));
  return (
    <Table
      rowKey="domain"
      size="small"
      pagination={false}
      data-testid="latest-scores"
      dataSource={assessment.scores}
      columns={[
        {
          title: t('assessment.domain'),
          dataIndex: 'domain',
          width: 220,
          render: (_, { domain }) => labelOf(LIFE_DOMAIN_LABELS, domain),
        },
        {
          title: t('assessment.score'),
          dataIndex: 'score',
          width: 170,
          render: (_, { score }) => <ScoreTag score={score} />,
        },
        {
          title: t('assessment.sincePrevious'),
          key: 'previous',
          width: 170,
          render: (_, { domain }) => (
            <ChangeValue value={changes.get(domain)?.changeSincePrevious} />
          ),
        },
        {
          title: t('assessment.sinceFirst'),
          key: 'first',
          width: 170,
          render: (_, { domain }) => <ChangeValue value={changes.get(domain)?.changeSinceFirst} />,
        },
        {
          title: t('assessment.note'),
          key: 'note',
          render: (_, { note, facts }) => (
            <>
              {note && <div>{note}</div>}
              {facts && (
                <Typography.Text type="secondary" style={{ whiteSpace: 'pre-line' }}>
                  {facts}
                </Typography.Text>
              )}
            </>
          ),
        },
      ]}
    />
  );
}

/**
 * The assessment part of the monitoring tab: the latest assessment (with the change per
 * domain), the notices it calls for, «Новая оценка», corrections and revisions, and the
 * earlier assessments.
 */
export function AssessmentSection({
  graduateId,
  series,
  writable,
}: {
  graduateId: string;
  /** The dynamics, for the change since the first and the previous assessment. */
  series: DomainSeries[] | undefined;
  writable: boolean;
}) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  const assessments = useAssessments(graduateId);
  const notices = useGraduateNotices(graduateId);
  const [creating, setCreating] = useState(false);
  const [correcting, setCorrecting] = useState<Assessment | null>(null);
  const [showingRevisions, setShowingRevisions] = useState<Assessment | null>(null);
  const [notifying, setNotifying] = useState<NoticeDraft | null>(null);
  const items = assessments.data ?? [];
  const latest = items[0];
  // After a refusal the list reloads: a retry starts from the current revision.
  const current = (assessment: Assessment | null) =>
    assessment && (items.find(({ id }) => id === assessment.id) ?? assessment);
  const toCorrect = current(correcting);
  const opened = notices.data?.items ?? [];
  const pending = latest
    ? latest.suggestedNotices.filter((suggestion) => !isOpened(opened, latest, suggestion))
    : [];

  const notify = (assessment: Assessment, suggestion: SuggestedNotice) =>
    setNotifying({
      trigger: suggestion.trigger,
      finding: suggestion.finding,
      foundOn: assessment.assessedOn,
      source: 'assessment',
      sourceId: assessment.id,
    });

  return (
    <Flex vertical gap={12} data-testid="assessment-section">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('assessment.title')}
        </Typography.Title>
        {writable && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('assessment.new')}
          </Button>
        )}
      </Flex>
      <ProblemAlert error={assessments.error} />
      {latest && latest.suggestedNotices.length > 0 && (
        <Alert
          type={pending.length > 0 ? 'warning' : 'info'}
          showIcon
          data-testid="suggested-notices"
          title={t('suggested.title')}
          description={
            <Flex vertical gap={8}>
              <span>{t('suggested.description', { date: formatDate(latest.assessedOn) })}</span>
              {latest.suggestedNotices.map((suggestion) => (
                <Flex
                  key={`${suggestion.trigger}-${suggestion.domain}`}
                  gap={12}
                  align="center"
                  wrap
                >
                  <Typography.Text strong>
                    {t('suggested.item', {
                      domain: labelOf(LIFE_DOMAIN_LABELS, suggestion.domain),
                      trigger: labelOf(NOTICE_TRIGGER_LABELS, suggestion.trigger),
                    })}
                  </Typography.Text>
                  {isOpened(opened, latest, suggestion) ? (
                    <Tag color="green">{t('suggested.opened')}</Tag>
                  ) : (
                    writable && (
                      <Button
                        danger
                        type="primary"
                        size="small"
                        onClick={() => notify(latest, suggestion)}
                      >
                        {t('suggested.notify')}
                      </Button>
                    )
                  )}
                </Flex>
              ))}
            </Flex>
          }
        />
      )}
      {assessments.isLoading ? (
        <Skeleton active />
      ) : !latest ? (
        <Empty description={t('assessment.none')} data-testid="no-assessment">
          <Typography.Text type="secondary">{t('assessment.noneHint')}</Typography.Text>
        </Empty>
      ) : (
        <Flex vertical gap={8} data-testid="latest-assessment">
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Space wrap size={[12, 4]}>
              <Typography.Text strong>
                {t('assessment.latest', { date: formatDate(latest.assessedOn) })}
              </Typography.Text>
              {latest.assessedBy && (
                <Typography.Text type="secondary">
                  {t('assessment.by', { name: latest.assessedBy.fullName })}
                </Typography.Text>
              )}
              {latest.revision > 1 && (
                <Tag>{t('assessment.revision', { revision: latest.revision })}</Tag>
              )}
            </Space>
            <Space>
              {writable && (
                <Button onClick={() => setCorrecting(latest)}>{t('assessment.correct')}</Button>
              )}
              {latest.revision > 1 && (
                <Button onClick={() => setShowingRevisions(latest)}>
                  {t('assessment.revisions')}
                </Button>
              )}
            </Space>
          </Flex>
          {latest.correctionReason && (
            <Typography.Text type="secondary">
              {t('assessment.corrected', { reason: latest.correctionReason })}
            </Typography.Text>
          )}
          <ScoresTable assessment={latest} series={series} />
        </Flex>
      )}
      {items.length > 1 && (
        <details data-testid="all-assessments">
          <summary style={{ cursor: 'pointer', padding: '4px 0' }}>
            {t('assessment.all', { count: items.length })}
          </summary>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={items}
            columns={[
              {
                title: t('assessment.assessedOn'),
                dataIndex: 'assessedOn',
                width: 130,
                render: (_, { assessedOn }) => formatDate(assessedOn),
              },
              {
                title: t('assessment.crisisCount'),
                key: 'crisis',
                render: (_, { scores }) =>
                  scores
                    .filter(({ score }) => score === 1)
                    .map(({ domain }) => (
                      <Tag key={domain} color="red">
                        {labelOf(LIFE_DOMAIN_LABELS, domain)}
                      </Tag>
                    )),
              },
              {
                title: t('assessment.assessedBy'),
                key: 'by',
                render: (_, { assessedBy }) => assessedBy?.fullName ?? t('common.none'),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 260,
                render: (_, assessment) => (
                  <Space size={4}>
                    {writable && (
                      <Button size="small" onClick={() => setCorrecting(assessment)}>
                        {t('assessment.correct')}
                      </Button>
                    )}
                    {assessment.revision > 1 && (
                      <Button size="small" onClick={() => setShowingRevisions(assessment)}>
                        {t('assessment.revisions')}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </details>
      )}
      {creating && (
        <AssessmentFormModal graduateId={graduateId} onClose={() => setCreating(false)} />
      )}
      {toCorrect && (
        <AssessmentFormModal
          graduateId={graduateId}
          assessment={toCorrect}
          onClose={() => setCorrecting(null)}
        />
      )}
      {showingRevisions && (
        <RevisionsModal
          graduateId={graduateId}
          assessment={showingRevisions}
          onClose={() => setShowingRevisions(null)}
        />
      )}
      {notifying && (
        <NoticeFormModal
          graduateId={graduateId}
          draft={notifying}
          onClose={() => setNotifying(null)}
        />
      )}
    </Flex>
  );
}
