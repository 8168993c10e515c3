import { MILESTONE_LABELS, MILESTONE_STATUS_LABELS } from '@postcare/domain';
import {
  App,
  Button,
  DatePicker,
  Empty,
  Flex,
  Input,
  Progress,
  Select,
  Skeleton,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { asProblem } from '../../../shared/api/problem';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import { DATE_FORMAT, isoDate, pickerDate } from '../../graduates/format';
import {
  LIMITS,
  MILESTONE_STATUSES,
  type Milestone,
  type MilestoneItem,
  type MilestoneStatus,
} from '../vocabulary';
import { useChecklist, useSetMilestone } from './useChecklist';

interface Draft {
  status: MilestoneStatus;
  on: string | null;
  note: string;
}

const draftOf = (item: MilestoneItem): Draft => ({
  status: item.status,
  on: item.on,
  note: item.note,
});

const sameDraft = (a: Draft, b: Draft) =>
  a.status === b.status && a.on === b.on && a.note.trim() === b.note.trim();

/**
 * «Навыки самостоятельной жизни»: each milestone with its state, date and note, saved
 * row by row (each save is based on the version the row was read with).
 */
export function Checklist({ graduateId, writable }: { graduateId: string; writable: boolean }) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const today = useInstitutionToday();
  const checklist = useChecklist(graduateId);
  const setMilestone = useSetMilestone(graduateId);
  const [drafts, setDrafts] = useState<Partial<Record<Milestone, Draft>>>({});
  const [errors, setErrors] = useState<Partial<Record<Milestone, string>>>({});
  const [saving, setSaving] = useState<Milestone | null>(null);
  const items = checklist.data ?? [];
  const applicable = items.filter(({ status }) => status !== 'not_needed');
  const done = applicable.filter(({ status }) => status === 'done').length;

  const valueOf = (item: MilestoneItem) => drafts[item.milestone] ?? draftOf(item);
  const edit = (item: MilestoneItem, changes: Partial<Draft>) => {
    const next = { ...valueOf(item), ...changes };
    setDrafts((before) => ({ ...before, [item.milestone]: next }));
    setErrors((before) => ({ ...before, [item.milestone]: undefined }));
  };
  const forget = (milestone: Milestone) =>
    setDrafts((before) => {
      const next = { ...before };
      delete next[milestone];
      return next;
    });

  const save = (item: MilestoneItem) => {
    const draft = valueOf(item);
    if (draft.on && draft.on > isoDate(today)) {
      setErrors((before) => ({ ...before, [item.milestone]: t('common.futureDate') }));
      return;
    }
    setSaving(item.milestone);
    setMilestone.mutate(
      {
        params: { path: { graduateId, milestone: item.milestone } },
        body: {
          version: item.version,
          status: draft.status,
          on: draft.on,
          note: draft.note.trim(),
        },
      },
      {
        onSuccess: (saved) => {
          forget(item.milestone);
          void message.success(
            t('checklist.saved', { label: labelOf(MILESTONE_LABELS, saved.milestone) }),
          );
        },
        onError: (error) => {
          const problem = asProblem(error);
          if (problem?.code === 'stale-version') {
            // Someone saved it first: show theirs (reloaded) and say so.
            forget(item.milestone);
            notifyProblem(error);
          } else {
            setErrors((before) => ({
              ...before,
              [item.milestone]: problem?.detail ?? problem?.title ?? t('common.none'),
            }));
            if (!problem) notifyProblem(error);
          }
        },
        onSettled: () => setSaving(null),
      },
    );
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('checklist.title')}
        </Typography.Title>
        {applicable.length > 0 && (
          <Flex align="center" gap={8} style={{ minWidth: 260 }}>
            <Typography.Text type="secondary">
              {t('checklist.progress', { done, total: applicable.length })}
            </Typography.Text>
            <Progress
              percent={Math.round((done / applicable.length) * 100)}
              size="small"
              showInfo={false}
              aria-label={t('checklist.progress', { done, total: applicable.length })}
              style={{ width: 120, margin: 0 }}
            />
          </Flex>
        )}
      </Flex>
      <Typography.Text type="secondary">{t('checklist.hint')}</Typography.Text>
      <ProblemAlert error={checklist.error} />
      {checklist.isLoading ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        !checklist.error && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table<MilestoneItem>
          rowKey="milestone"
          size="small"
          pagination={false}
          data-testid="checklist"
          dataSource={items}
          scroll={{ x: 'max-content' }}
          onRow={(item) => ({ 'data-testid': `milestone-${item.milestone}` }) as object}
          columns={[
            {
              title: t('checklist.milestone'),
              key: 'label',
              render: (_, item) => (
                <Flex vertical>
                  <span>{labelOf(MILESTONE_LABELS, item.milestone)}</span>
                  {errors[item.milestone] && (
                    <Typography.Text type="danger" style={{ fontSize: 12 }} role="alert">
                      {errors[item.milestone]}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              title: t('checklist.status'),
              key: 'status',
              width: 170,
              render: (_, item) => (
                <Select<MilestoneStatus>
                  size="small"
                  disabled={!writable}
                  aria-label={`${labelOf(MILESTONE_LABELS, item.milestone)}: ${t('checklist.status')}`}
                  style={{ width: 160 }}
                  value={valueOf(item).status}
                  onChange={(status) =>
                    edit(item, {
                      status,
                      // Done today, unless a day is given; not started has no day.
                      on:
                        status === 'not_started'
                          ? null
                          : (valueOf(item).on ?? (status === 'done' ? isoDate(today) : null)),
                    })
                  }
                  options={MILESTONE_STATUSES.map((value) => ({
                    value,
                    label: labelOf(MILESTONE_STATUS_LABELS, value),
                  }))}
                />
              ),
            },
            {
              title: t('checklist.on'),
              key: 'on',
              width: 150,
              render: (_, item) => (
                <DatePicker
                  size="small"
                  disabled={!writable}
                  aria-label={`${labelOf(MILESTONE_LABELS, item.milestone)}: ${t('checklist.on')}`}
                  format={DATE_FORMAT}
                  placeholder={t('common.datePlaceholder')}
                  disabledDate={(day) => day.isAfter(today, 'day')}
                  value={pickerDate(valueOf(item).on)}
                  onChange={(day: Dayjs | null) => edit(item, { on: day ? isoDate(day) : null })}
                  style={{ width: 140 }}
                />
              ),
            },
            {
              title: t('checklist.note'),
              key: 'note',
              render: (_, item) => (
                <Input
                  size="small"
                  disabled={!writable}
                  aria-label={`${labelOf(MILESTONE_LABELS, item.milestone)}: ${t('checklist.note')}`}
                  maxLength={LIMITS.milestoneNote}
                  value={valueOf(item).note}
                  onChange={(event) => edit(item, { note: event.target.value })}
                  onPressEnter={() => save(item)}
                  style={{ minWidth: 220 }}
                />
              ),
            },
            ...(writable
              ? [
                  {
                    title: '',
                    key: 'save',
                    width: 110,
                    render: (_: unknown, item: MilestoneItem) => {
                      const draft = drafts[item.milestone];
                      const dirty = Boolean(draft && !sameDraft(draft, draftOf(item)));
                      return (
                        <Button
                          size="small"
                          type={dirty ? 'primary' : 'default'}
                          disabled={!dirty}
                          loading={saving === item.milestone}
                          onClick={() => save(item)}
                        >
                          {t('common.save')}
                        </Button>
                      );
                    },
                  },
                ]
              : []),
          ]}
        />
      )}
    </Flex>
  );
}
