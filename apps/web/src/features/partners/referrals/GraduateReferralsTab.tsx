import type { Schemas } from '@postcare/api-client';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { $api } from '../../../shared/api/client';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { usePartnerKindLabel } from '../kinds';
import { graduateConsentPath } from '../paths';
import { useReferrals } from '../useReferrals';
import { PARTNER_KINDS, type PartnerKind } from '../vocabulary';
import { ReferralFormModal } from './ReferralFormModal';
import { ReferralsTable } from './ReferralsTable';

/** The kinds of organisations the graduate's current consents let the service share with. */
function useCoveredKinds(graduateId: string, enabled: boolean) {
  // The same query as the card's «Согласие» tab, so recording a consent there updates this.
  const consents = $api.useQuery(
    'get',
    '/api/graduates/{graduateId}/consents',
    { params: { path: { graduateId } } },
    { enabled },
  );
  if (!enabled || !consents.data) return undefined;
  return new Set<PartnerKind>(
    consents.data
      .filter((consent) => consent.current)
      .flatMap((consent) => consent.sharingPartnerKinds),
  );
}

/** What the consent allows: whom the graduate may be referred to, or why to no one. */
function ConsentScopeNote({
  graduate,
  covered,
}: {
  graduate: Schemas['GraduateDto'];
  covered: ReadonlySet<PartnerKind>;
}) {
  const { t } = useTranslation('partners');
  const kindLabel = usePartnerKindLabel();
  const link = <Link to={graduateConsentPath(graduate.id)}>{t('referral.openConsent')}</Link>;
  if (graduate.consent !== 'current' || covered.size === 0)
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="referral-consent"
        title={
          graduate.consent === 'current' ? t('referral.consentCoversNone') : t('referral.noConsent')
        }
        action={link}
      />
    );
  const kinds = PARTNER_KINDS.filter((kind) => covered.has(kind)).map(kindLabel);
  return (
    <Flex gap={8} wrap align="baseline" data-testid="referral-consent">
      <Typography.Text type="secondary">
        {t('referral.consentCovers', { kinds: kinds.join(', ') })}
      </Typography.Text>
      {link}
    </Flex>
  );
}

/**
 * The card's «Направления» tab: the graduate's referrals to partner organisations with
 * their next steps, «Направить в организацию», and what the consent allows. Shown with
 * `partners.read`; changes need `partners.write` and a file that is not archived.
 */
export function GraduateReferralsTab({ graduate }: { graduate: Schemas['GraduateDto'] }) {
  const { t } = useTranslation('partners');
  const { can } = usePermissions();
  const referrals = useReferrals({ graduateId: graduate.id, pageSize: 100 });
  const covered = useCoveredKinds(graduate.id, can('graduates.read'));
  const writable = can('partners.write') && !graduate.archived;
  const [creating, setCreating] = useState(false);

  return (
    <Flex vertical gap={12} data-testid="referrals-tab">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('referral.title')}
        </Typography.Title>
        {writable && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('referral.new')}
          </Button>
        )}
      </Flex>
      {graduate.archived && <Alert type="info" showIcon title={t('referral.archivedFile')} />}
      {covered && !graduate.archived && <ConsentScopeNote graduate={graduate} covered={covered} />}
      <ProblemAlert error={referrals.error} />
      <ReferralsTable
        referrals={referrals.data?.items}
        loading={referrals.isFetching}
        showGraduate={false}
        showPartner
        readOnly={!writable}
        emptyText={t('referral.none')}
        testId="graduate-referrals"
      />
      {creating && (
        <ReferralFormModal
          graduate={graduate}
          coveredKinds={covered}
          onClose={() => setCreating(false)}
        />
      )}
    </Flex>
  );
}
