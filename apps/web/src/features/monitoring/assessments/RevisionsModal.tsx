import { LIFE_DOMAIN_LABELS } from '@postcare/domain';
import { Empty, Flex, Modal, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { formatDate } from '../../graduates/format';
import { SCORE_COLORS, isScore, type Assessment } from '../vocabulary';
import { useAssessmentRevisions } from './useAssessments';

/** The scores of one revision; those changed against the revision before are marked. */
function RevisionScores({ revision, before }: { revision: Assessment; before?: Assessment }) {
  const labelOf = useLabel();
  return (
    <Flex wrap gap={4} style={{ marginTop: 6 }}>
      {revision.scores.map(({ domain, score }) => {
        const earlier = before?.scores.find((item) => item.domain === domain)?.score;
        const changed = earlier !== undefined && earlier !== score;
        return (
          <Tag
            key={domain}
            color={isScore(score) ? SCORE_COLORS[score] : undefined}
            variant={changed ? 'solid' : 'outlined'}
          >
            {labelOf(LIFE_DOMAIN_LABELS, domain)}: {changed ? `${earlier} → ${score}` : score}
          </Tag>
        );
      })}
    </Flex>
  );
}

/** Every revision of one assessment, newest first: when, who, why, and what changed. */
export function RevisionsModal({
  graduateId,
  assessment,
  onClose,
}: {
  graduateId: string;
  assessment: Assessment;
  onClose: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const revisions = useAssessmentRevisions(graduateId, assessment.id);
  const items = revisions.data ?? [];

  return (
    <Modal
      open
      width={860}
      title={t('assessment.revisionsTitle', { date: formatDate(assessment.assessedOn) })}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <ProblemAlert error={revisions.error} />
      {revisions.isLoading ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assessment.revisionsNone')} />
      ) : (
        <Timeline
          data-testid="assessment-revisions"
          items={items
            .map((revision, index) => ({
              key: revision.revision,
              color: revision.current ? 'blue' : 'gray',
              content: (
                <>
                  <Typography.Text strong>
                    {t('assessment.revision', { revision: revision.revision })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {' · '}
                    {formatDate(revision.assessedOn)}
                    {' · '}
                    {t('assessment.recordedAt', { at: formatDateTime(revision.recordedAt) })}
                    {revision.assessedBy && ` · ${revision.assessedBy.fullName}`}
                  </Typography.Text>
                  <div>
                    {revision.correctionReason
                      ? t('assessment.corrected', { reason: revision.correctionReason })
                      : t('assessment.firstRevision')}
                  </div>
                  <RevisionScores revision={revision} before={items[index - 1]} />
                </>
              ),
            }))
            .reverse()}
        />
      )}
    </Modal>
  );
}
