import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { formatDate } from '../../graduates/format';
import { agreementState, type Partner } from '../vocabulary';

type Agreement = Pick<Partner, 'agreementNumber' | 'agreementDate' | 'agreementValidTo'> &
  Partial<Pick<Partner, 'archived'>>;

/**
 * A partner's cooperation agreement: its number and date, how long it runs, and a mark
 * when it has expired (red) or ends within 30 days (orange), on the institution's today
 * (not for an archived partner: nobody works with it any more).
 */
export function AgreementValidity({ partner }: { partner: Agreement }) {
  const { t } = useTranslation('partners');
  const state = agreementState(partner, useInstitutionToday());
  const marked = !partner.archived;
  if (state.state === 'none')
    return <Typography.Text type="secondary">{t('agreement.none')}</Typography.Text>;

  const title = [
    partner.agreementNumber && t('agreement.number', { number: partner.agreementNumber }),
    partner.agreementDate && t('agreement.from', { date: formatDate(partner.agreementDate) }),
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <Flex vertical gap={2} data-testid="agreement-validity" data-state={state.state}>
      {title && <span>{title}</span>}
      <Flex gap={6} align="center" wrap>
        <Typography.Text
          type={marked && state.state === 'expired' ? 'danger' : 'secondary'}
          style={{ whiteSpace: 'nowrap' }}
        >
          {partner.agreementValidTo
            ? t('agreement.until', { date: formatDate(partner.agreementValidTo) })
            : t('agreement.open')}
        </Typography.Text>
        {marked && state.state === 'expired' && (
          <Tag color="red" variant="solid">
            {t('agreement.expired')}
          </Tag>
        )}
        {marked && state.state === 'expiring' && (
          <Tag color="orange" variant="outlined">
            {state.daysLeft === 0
              ? t('agreement.expiresToday')
              : t('agreement.expiresIn', { count: state.daysLeft })}
          </Tag>
        )}
      </Flex>
    </Flex>
  );
}
