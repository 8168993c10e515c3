import type { Schemas } from '@postcare/api-client';
import { LEGAL_STATUS_LABELS, SEX_LABELS } from '@postcare/domain';
import { Alert, Descriptions, Flex, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { consentGateReason } from '../consentGateReason';
import { EligibilityMark } from '../EligibilityMark';
import { formatDate, fullName } from '../format';
import { GraduateStatusTag } from '../GraduateStatusTag';
import { EligibilityOnDate } from './EligibilityOnDate';
import { FamilyTab } from '../family/FamilyTab';

type Graduate = Schemas['GraduateDto'];

const orDash = (value: string | null | undefined) => value || '—';
const listOrDash = (values: string[] | undefined) => (values?.length ? values.join(', ') : '—');

/**
 * «Личное дело»: identity, contacts, the status (it follows the contracts) with its reason,
 * eligibility. Exception orders are on the «Договор» tab.
 */
export function PersonalFileTab({ graduate }: { graduate: Graduate }) {
  const { t } = useTranslation('graduates');
  const labelOf = useLabel();
  const { eligibility, contacts } = graduate;
  const consentCurrent = graduate.consent === 'current';

  const identity: DescriptionsProps['items'] = [
    { key: 'name', label: t('fields.fullName'), children: fullName(graduate) },
    { key: 'sex', label: t('fields.sex'), children: labelOf(SEX_LABELS, graduate.sex) },
    {
      key: 'birthDate',
      label: t('fields.birthDate'),
      children: t('card.born', { date: formatDate(graduate.birthDate), count: graduate.age }),
    },
    {
      key: 'legalStatus',
      label: t('fields.legalStatus'),
      children: labelOf(LEGAL_STATUS_LABELS, graduate.legalStatus),
    },
    {
      key: 'origin',
      label: t('fields.originInstitution'),
      children: orDash(graduate.originInstitutionName),
    },
    { key: 'leftCare', label: t('fields.leftCareOn'), children: formatDate(graduate.leftCareOn) },
  ];

  const contactItems: DescriptionsProps['items'] = [
    { key: 'phones', label: t('fields.phones'), children: listOrDash(contacts.phones) },
    { key: 'email', label: t('fields.email'), children: orDash(contacts.email) },
    {
      key: 'social',
      label: t('fields.socialNetworks'),
      children: listOrDash(contacts.socialNetworks),
    },
    {
      key: 'registration',
      label: t('fields.registrationAddress'),
      children: orDash(graduate.registrationAddress),
    },
    { key: 'actual', label: t('fields.actualAddress'), children: orDash(graduate.actualAddress) },
  ];

  const support: DescriptionsProps['items'] = [
    {
      key: 'status',
      label: t('fields.status'),
      children: (
        <Flex vertical gap={4} align="start">
          <GraduateStatusTag status={graduate.status} />
          {graduate.statusReason && <span>{graduate.statusReason}</span>}
          {graduate.statusChangedOn && (
            <Typography.Text type="secondary">
              {t('card.statusSince', { date: formatDate(graduate.statusChangedOn) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'specialist',
      label: t('fields.responsibleSpecialist'),
      children: graduate.responsibleSpecialistName ?? (
        <Typography.Text type="warning">{t('list.unassigned')}</Typography.Text>
      ),
    },
    {
      key: 'eligibility',
      label: t('fields.eligibility'),
      span: 'filled',
      children: (
        <Flex vertical gap={4} align="start" data-testid="eligibility">
          <Flex gap={8} align="center" wrap>
            <EligibilityMark eligible={eligibility.eligible} />
            {eligibility.basis && (
              <Typography.Text type="secondary">
                {t(`eligibility.basis.${eligibility.basis}`)}
              </Typography.Text>
            )}
          </Flex>
          <span>{eligibility.reason}</span>
          <span>{t('eligibility.turns23On', { date: formatDate(eligibility.turns23On) })}</span>
        </Flex>
      ),
    },
    {
      key: 'created',
      label: t('fields.createdAt'),
      children: formatDateTime(graduate.createdAt),
    },
    {
      key: 'updated',
      label: t('fields.updatedAt'),
      children: formatDateTime(graduate.updatedAt),
    },
  ];

  return (
    <Flex vertical gap={24}>
      <Descriptions
        title={t('card.sections.identity')}
        bordered
        column={{ xs: 1, md: 2 }}
        items={identity}
        size="small"
      />
      <Flex vertical gap={12}>
        <Descriptions
          title={t('card.sections.contacts')}
          bordered
          column={{ xs: 1, md: 2 }}
          items={contactItems}
          size="small"
        />
        {!consentCurrent && (
          <Alert
            type="info"
            showIcon
            title={t('consentGate.title')}
            description={consentGateReason(graduate.consent, t)}
          />
        )}
      </Flex>
      <Descriptions
        title={t('card.sections.support')}
        bordered
        column={{ xs: 1, md: 2 }}
        items={support}
        size="small"
      />
      <EligibilityOnDate graduateId={graduate.id} />
      {/* Relatives and identity documents are part of the file itself, not a tab of their own. */}
      <FamilyTab graduate={graduate} />
    </Flex>
  );
}
