import {
  EMPLOYMENT_STATUS_LABELS,
  HOUSING_TYPE_LABELS,
  MARITAL_STATUS_LABELS,
} from '@postcare/domain';
import type { Schemas } from '@postcare/api-client';
import { Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { $api } from '../../../shared/api/client';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { formatDate } from '../../graduates/format';
import type { SituationRecord } from '../vocabulary';

type Situation = Schemas['SituationDto'];
type Part = 'education' | 'employment' | 'housing' | 'family' | 'disability';
const PARTS: readonly Part[] = ['education', 'employment', 'housing', 'family', 'disability'];
const isPart = (value: string): value is Part => PARTS.includes(value as Part);

/** Every recorded state of the situation, newest first (the read is logged by the API). */
function useSituationHistory(graduateId: string) {
  return $api.useQuery('get', '/api/graduates/{graduateId}/situation-history', {
    params: { path: { graduateId } },
  });
}

/** One part of the situation in a line of words, or null when nothing is recorded for it. */
function describePart(
  part: Part,
  situation: Situation,
  t: TFunction<'monitoring'>,
  labelOf: ReturnType<typeof useLabel>,
): string | null {
  switch (part) {
    case 'education': {
      const education = situation.education;
      if (!education) return null;
      if (education.studying === false) return t('situation.education.notStudying');
      const place = [education.institution, education.programme].filter(Boolean).join(', ');
      if (!place && education.studying === undefined) return null;
      return [
        t('situation.education.studying', { place: place || t('common.none') }),
        education.year && t('situation.education.year', { year: education.year }),
        education.fullTime !== undefined &&
          t(education.fullTime ? 'situation.education.fullTime' : 'situation.education.partTime'),
      ]
        .filter(Boolean)
        .join(', ');
    }
    case 'employment': {
      const employment = situation.employment;
      if (!employment?.status) return null;
      return [
        labelOf(EMPLOYMENT_STATUS_LABELS, employment.status),
        employment.employer,
        employment.position,
      ]
        .filter(Boolean)
        .join(', ');
    }
    case 'housing': {
      const housing = situation.housing;
      if (!housing?.type) return null;
      return [
        labelOf(HOUSING_TYPE_LABELS, housing.type),
        housing.ownHousingPreserved === true && t('situation.housing.preserved'),
        housing.ownHousingPreserved === false && t('situation.housing.notPreserved'),
        housing.notes,
      ]
        .filter(Boolean)
        .join(', ');
    }
    case 'family': {
      const family = situation.family;
      if (!family?.maritalStatus && !family?.childrenCount) return null;
      return [
        family.maritalStatus && labelOf(MARITAL_STATUS_LABELS, family.maritalStatus),
        family.childrenCount ? t('situation.family.children', { count: family.childrenCount }) : '',
      ]
        .filter(Boolean)
        .join(', ');
    }
    case 'disability': {
      const group = situation.disability?.group;
      return group ? t('situation.disability', { group }) : null;
    }
  }
}

function RecordContent({ record }: { record: SituationRecord }) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  const changed = record.changedParts.filter(isPart);
  return (
    <Flex vertical gap={2}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>
          {t('situation.validFrom', { date: formatDate(record.validFrom) })}
        </Typography.Text>
        {changed.length > 0 && (
          <>
            <Typography.Text type="secondary">{t('situation.changed')}</Typography.Text>
            {changed.map((part) => (
              <Tag key={part} color="blue">
                {t(`situation.parts.${part}`)}
              </Tag>
            ))}
          </>
        )}
      </Flex>
      {PARTS.map((part) => {
        const text = describePart(part, record.situation, t, labelOf);
        if (!text) return null;
        return (
          <Typography.Text key={part} type={changed.includes(part) ? undefined : 'secondary'}>
            {t(`situation.parts.${part}`)}: {text}
          </Typography.Text>
        );
      })}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(record.recordedAt)}
        {record.recordedBy &&
          ` · ${t('situation.recordedBy', { name: record.recordedBy.fullName })}`}
      </Typography.Text>
    </Flex>
  );
}

/** «История ситуации»: the dated states of the situation, newest first, with what changed. */
export function SituationHistory({ graduateId }: { graduateId: string }) {
  const { t } = useTranslation('monitoring');
  const history = useSituationHistory(graduateId);
  const records = history.data ?? [];

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('situation.title')}
      </Typography.Title>
      <ProblemAlert error={history.error} />
      {history.isLoading ? (
        <Skeleton active />
      ) : records.length === 0 ? (
        !history.error && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('situation.none')} />
        )
      ) : (
        <Timeline
          data-testid="situation-history"
          items={records.map((record, index) => ({
            key: `${record.validFrom}-${record.recordedAt}`,
            color: index === 0 ? 'blue' : 'gray',
            content: <RecordContent record={record} />,
          }))}
        />
      )}
    </Flex>
  );
}
