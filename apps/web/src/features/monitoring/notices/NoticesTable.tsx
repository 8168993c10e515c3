import {
  NOTICE_METHOD_LABELS,
  NOTICE_SOURCE_LABELS,
  NOTICE_STATUS_LABELS,
  NOTICE_TRIGGER_LABELS,
} from '@postcare/domain';
import {
  Button,
  Descriptions,
  Dropdown,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TablePaginationConfig,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { DownloadButton } from '../../../shared/files/DownloadButton';
import { useDownload } from '../../../shared/files/useDownload';
import type { PrintFormat } from '../../../shared/ui/PrintButtons';
import { formatDate } from '../../graduates/format';
import { graduateMonitoringPath } from '../paths';
import { NOTICE_STATUS_COLORS, type Notice } from '../vocabulary';
import {
  AnswerNoticeModal,
  CancelNoticeModal,
  SendNoticeModal,
  UploadNoticeScanModal,
} from './NoticeActionModals';
import { downloadNoticeScan, printNotice } from './noticeFiles';
import { NoticeFormModal } from './NoticeFormModal';

type Action = 'edit' | 'send' | 'answer' | 'cancel' | 'scan';

/** The status, and whether it is overdue or mandatory. */
export function NoticeStatusTags({ notice }: { notice: Notice }) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  return (
    <Space size={4} wrap data-testid="notice-status">
      <Tag color={NOTICE_STATUS_COLORS[notice.status]}>
        {labelOf(NOTICE_STATUS_LABELS, notice.status)}
      </Tag>
      {notice.overdue && <Tag color="red">{t('notices.overdue')}</Tag>}
    </Space>
  );
}

/** «Печать ▾»: the letter as DOCX (to edit) or PDF (to print), saved under the server's name. */
function PrintMenu({ notice }: { notice: Notice }) {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation();
  const { busy, start } = useDownload<PrintFormat>();
  const print = (format: PrintFormat) => start(format, () => printNotice(notice, format));

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: (['docx', 'pdf'] as const).map((format) => ({
          key: format,
          label: `${tc(`documents.format.${format}`)} — ${tc(`documents.hint.${format}`)}`,
        })),
        onClick: ({ key }) => void print(key as PrintFormat),
      }}
    >
      <Button
        size="small"
        loading={busy !== null}
        disabled={busy !== null}
        aria-busy={busy !== null}
      >
        {t('notices.actions.print')} ▾
      </Button>
    </Dropdown>
  );
}

/** Downloads a scan kept among the personal file's documents. */
function ScanLink({ notice, fileId, label }: { notice: Notice; fileId: string; label: string }) {
  return (
    <DownloadButton type="link" save={() => downloadNoticeScan(notice.graduate.id, fileId, label)}>
      {label}
    </DownloadButton>
  );
}

/** Everything recorded about a notice, shown when its row is expanded. */
function NoticeDetails({ notice }: { notice: Notice }) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  const items = [
    { key: 'finding', label: t('notices.finding'), children: notice.finding },
    notice.measures && { key: 'measures', label: t('notices.measures'), children: notice.measures },
    { key: 'recipient', label: t('notices.recipient'), children: notice.recipient },
    {
      key: 'source',
      label: t('notices.source'),
      children: labelOf(NOTICE_SOURCE_LABELS, notice.source),
    },
    notice.sentOn && {
      key: 'sent',
      label: t('notices.sentOn'),
      children: [
        formatDate(notice.sentOn),
        notice.method && labelOf(NOTICE_METHOD_LABELS, notice.method),
        notice.outgoingNumber && `№ ${notice.outgoingNumber}`,
      ]
        .filter(Boolean)
        .join(', '),
    },
    notice.answeredOn && {
      key: 'answer',
      label: t('notices.answeredOn'),
      children: `${formatDate(notice.answeredOn)}: ${notice.answerText}`,
    },
    notice.cancelReason && {
      key: 'cancel',
      label: t('notices.cancelReason'),
      children: notice.cancelReason,
    },
    (notice.letterScanFileId || notice.answerScanFileId) && {
      key: 'scans',
      label: t('notices.scan.title'),
      children: (
        <Space size={0}>
          {notice.letterScanFileId && (
            <ScanLink
              notice={notice}
              fileId={notice.letterScanFileId}
              label={t('notices.actions.downloadLetter')}
            />
          )}
          {notice.answerScanFileId && (
            <ScanLink
              notice={notice}
              fileId={notice.answerScanFileId}
              label={t('notices.actions.downloadAnswer')}
            />
          )}
        </Space>
      ),
    },
  ].filter((item) => Boolean(item)) as { key: string; label: string; children: React.ReactNode }[];
  return (
    <Descriptions
      size="small"
      column={1}
      items={items}
      styles={{ label: { width: 200 } }}
      data-testid="notice-details"
    />
  );
}

/**
 * Notices with their actions, as their status allows: «Отметить отправку», «Записать
 * ответ», «Прикрепить скан», «Изменить», «Отменить» and printing the letter.
 */
export function NoticesTable({
  notices,
  loading,
  showGraduate,
  pagination,
  emptyText,
  testId,
  readOnly = false,
}: {
  notices: Notice[] | undefined;
  loading: boolean;
  showGraduate: boolean;
  pagination?: TablePaginationConfig | false;
  emptyText: ReactNode;
  testId?: string;
  /** No changes (e.g. an archived personal file): printing and details only. */
  readOnly?: boolean;
}) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  const { can } = usePermissions();
  const writable = !readOnly && can('monitoring.write');
  const [open, setOpen] = useState<{ action: Action; notice: Notice } | null>(null);
  // The dialog works on the notice as last loaded (its version is the current one); it
  // stays open when a reload moves the notice out of the list it was opened from.
  const chosen = open && (notices?.find(({ id }) => id === open.notice.id) ?? open.notice);
  const close = () => setOpen(null);

  const actionsOf = (notice: Notice) => {
    const start = (action: Action) => setOpen({ action, notice });
    const primary =
      notice.status === 'to_send'
        ? { action: 'send' as const, label: t('notices.actions.send') }
        : notice.status === 'sent'
          ? { action: 'answer' as const, label: t('notices.actions.answer') }
          : null;
    const more = [
      notice.status === 'to_send' && { key: 'edit', label: t('notices.actions.edit') },
      notice.status !== 'cancelled' && { key: 'scan', label: t('notices.actions.scan') },
      notice.status === 'to_send' && {
        key: 'cancel',
        label: t('notices.actions.cancel'),
        danger: true,
      },
    ].filter((item) => Boolean(item)) as { key: Action; label: string; danger?: boolean }[];
    return (
      <Space size={4} wrap>
        {writable && primary && (
          <Button size="small" type="primary" onClick={() => start(primary.action)}>
            {primary.label}
          </Button>
        )}
        <PrintMenu notice={notice} />
        {writable && more.length > 0 && (
          <Dropdown
            trigger={['click']}
            menu={{ items: more, onClick: ({ key }) => start(key as Action) }}
          >
            <Button size="small" aria-label={t('common.more')}>
              {t('common.more')} ▾
            </Button>
          </Dropdown>
        )}
      </Space>
    );
  };

  return (
    <>
      <Table<Notice>
        rowKey="id"
        size="small"
        data-testid={testId}
        loading={loading}
        dataSource={notices}
        pagination={pagination ?? false}
        locale={{ emptyText }}
        expandable={{ expandedRowRender: (notice) => <NoticeDetails notice={notice} /> }}
        columns={[
          ...(showGraduate
            ? [
                {
                  title: t('notices.graduate'),
                  key: 'graduate',
                  render: (_: unknown, notice: Notice) => (
                    <Link to={graduateMonitoringPath(notice.graduate.id)}>
                      {notice.graduate.fullName}
                    </Link>
                  ),
                },
              ]
            : []),
          {
            title: t('notices.trigger'),
            key: 'trigger',
            render: (_, notice) => (
              <Space size={4} wrap>
                <span>{labelOf(NOTICE_TRIGGER_LABELS, notice.trigger)}</span>
                {notice.mandatory && (
                  <Tooltip title={t('notices.mandatoryHint')}>
                    <Tag color="volcano">{t('notices.mandatory')}</Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          {
            title: t('notices.foundOn'),
            dataIndex: 'foundOn',
            render: (_, { foundOn }) => formatDate(foundOn),
          },
          {
            title: t('notices.dueOn'),
            dataIndex: 'dueOn',
            render: (_, notice) => (
              <Typography.Text type={notice.overdue ? 'danger' : undefined}>
                {formatDate(notice.dueOn)}
              </Typography.Text>
            ),
          },
          {
            title: t('notices.status'),
            key: 'status',
            render: (_, notice) => (
              <Space direction="vertical" size={0}>
                <NoticeStatusTags notice={notice} />
                {notice.sentOn && (
                  <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                    {t('notices.sent', { date: formatDate(notice.sentOn) })}
                    {notice.outgoingNumber && `, № ${notice.outgoingNumber}`}
                  </Typography.Text>
                )}
                {notice.answeredOn && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('notices.answered', { date: formatDate(notice.answeredOn) })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, notice) => actionsOf(notice),
          },
        ]}
      />
      {chosen && open.action === 'edit' && (
        <NoticeFormModal graduateId={chosen.graduate.id} notice={chosen} onClose={close} />
      )}
      {chosen && open.action === 'send' && <SendNoticeModal notice={chosen} onClose={close} />}
      {chosen && open.action === 'answer' && <AnswerNoticeModal notice={chosen} onClose={close} />}
      {chosen && open.action === 'cancel' && <CancelNoticeModal notice={chosen} onClose={close} />}
      {chosen && open.action === 'scan' && (
        <UploadNoticeScanModal notice={chosen} onClose={close} />
      )}
    </>
  );
}
