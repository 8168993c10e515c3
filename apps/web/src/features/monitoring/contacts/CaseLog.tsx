import { CONTACT_KIND_LABELS, CONTACT_OUTCOME_LABELS } from '@postcare/domain';
import { Button, DatePicker, Descriptions, Flex, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { DATE_FORMAT, isoDate } from '../../graduates/format';
import { formatMoment, useInstitutionZone } from '../time';
import {
  CONTACT_KINDS,
  OUTCOME_COLORS,
  counterpartOf,
  type Contact,
  type ContactKind,
} from '../vocabulary';
import { ContactFormModal } from './ContactFormModal';
import { useContacts } from './useContacts';

interface Filters {
  appealId?: string;
  kind?: ContactKind;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** Study and work contacts: what was learnt about attendance, results, the counterpart's view. */
function ContactDetails({ contact }: { contact: Contact }) {
  const { t } = useTranslation('monitoring');
  const side = counterpartOf(contact.kind);
  const items = [
    contact.attendance && {
      key: 'attendance',
      label: t('contacts.attendance'),
      children: contact.attendance,
    },
    contact.results && { key: 'results', label: t('contacts.results'), children: contact.results },
    contact.counterpartView && {
      key: 'counterpartView',
      label: t(`contacts.counterpartView.${side ?? 'study'}`),
      children: contact.counterpartView,
    },
  ].filter((item) => Boolean(item)) as { key: string; label: string; children: string }[];
  return <Descriptions size="small" column={1} items={items} />;
}

const hasDetails = (contact: Contact) =>
  Boolean(contact.attendance || contact.results || contact.counterpartView);

/**
 * «Журнал посещений и контактов»: visits, calls and contacts about the graduate, newest
 * first, filtered by kind and period; «Добавить запись» and corrections.
 */
export function CaseLog({
  graduateId,
  writable,
  appealId,
}: {
  graduateId: string;
  writable: boolean;
  /** Only the case notes of this appeal (the appeal's own log in the journal). */
  appealId?: string;
}) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  const { t: tc } = useTranslation();
  const zone = useInstitutionZone();
  const [filters, setFilters] = useState<Filters>({ page: 1, pageSize: 10, appealId });
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const contacts = useContacts(graduateId, filters);
  const filtered = Boolean(filters.kind || filters.from || filters.to);
  // After a refusal the page reloads: a retry starts from the entry's current version.
  const toEdit =
    editing === 'new' || editing === null
      ? editing
      : (contacts.data?.items.find(({ id }) => id === editing.id) ?? editing);
  const change = (changes: Partial<Filters>) =>
    setFilters((before) => ({ ...before, page: 1, ...changes }));

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t(appealId ? 'contacts.appealTitle' : 'contacts.title')}
        </Typography.Title>
        {writable && <Button onClick={() => setEditing('new')}>{t('contacts.add')}</Button>}
      </Flex>
      <Flex gap={12} wrap>
        <Select<ContactKind>
          allowClear
          aria-label={t('contacts.kindFilter')}
          placeholder={t('contacts.allKinds')}
          style={{ width: 280 }}
          value={filters.kind}
          onChange={(kind) => change({ kind })}
          options={CONTACT_KINDS.map((value) => ({
            value,
            label: labelOf(CONTACT_KIND_LABELS, value),
          }))}
          data-testid="contacts-kind"
        />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          aria-label={t('contacts.period')}
          placeholder={[t('contacts.periodFrom'), t('contacts.periodTo')]}
          value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
          onChange={(range) =>
            change({
              from: range?.[0] ? isoDate(range[0]) : undefined,
              to: range?.[1] ? isoDate(range[1]) : undefined,
            })
          }
          data-testid="contacts-period"
        />
      </Flex>
      <ProblemAlert error={contacts.error} />
      <Table<Contact>
        rowKey="id"
        size="small"
        data-testid="case-log"
        loading={contacts.isFetching}
        dataSource={contacts.data?.items}
        locale={{ emptyText: t(filtered ? 'contacts.noneFiltered' : 'contacts.none') }}
        pagination={pagePagination(contacts.data, tc, (page, pageSize) =>
          setFilters((before) => ({ ...before, page, pageSize })),
        )}
        expandable={{
          expandedRowRender: (contact) => <ContactDetails contact={contact} />,
          rowExpandable: hasDetails,
        }}
        columns={[
          {
            title: t('contacts.occurredAt'),
            dataIndex: 'occurredAt',
            width: 140,
            render: (_, { occurredAt }) => formatMoment(occurredAt, zone),
          },
          {
            title: t('contacts.kindOutcome'),
            dataIndex: 'kind',
            render: (_, { kind, outcome }) => (
              <Flex vertical gap={2} align="start">
                <span>{labelOf(CONTACT_KIND_LABELS, kind)}</span>
                <Tag color={OUTCOME_COLORS[outcome]}>
                  {labelOf(CONTACT_OUTCOME_LABELS, outcome)}
                </Tag>
              </Flex>
            ),
          },
          {
            title: t('contacts.summary'),
            dataIndex: 'summary',
            render: (_, { summary, nextSteps }) => (
              <div style={{ minWidth: 240, maxWidth: 480, whiteSpace: 'pre-line' }}>
                {summary}
                {nextSteps && (
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {t('contacts.nextSteps')}: {nextSteps}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          {
            title: t('contacts.participants'),
            key: 'participants',
            render: (_, { participants, curators }) => (
              <>
                {participants.map(({ fullName }) => fullName).join(', ')}
                {curators.map(({ id, fullName }) => (
                  <Typography.Text key={id} type="secondary" style={{ display: 'block' }}>
                    {t('contacts.curatorNamed', { name: fullName })}
                  </Typography.Text>
                ))}
              </>
            ),
          },
          ...(writable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 110,
                  render: (_: unknown, contact: Contact) => (
                    <Button size="small" onClick={() => setEditing(contact)}>
                      {t('contacts.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {toEdit && (
        <ContactFormModal
          graduateId={graduateId}
          contact={toEdit === 'new' ? undefined : toEdit}
          appealId={appealId}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
