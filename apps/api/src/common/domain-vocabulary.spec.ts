import * as domain from '@postcare/domain';
import { AppealChannel, AppealStatus } from '../appeals/appeal-vocabulary';
import { GraduateStatus, LegalStatus, Sex } from '../graduates/graduate-vocabulary';
import { IdentityDocumentKind } from '../graduates/identity-documents/identity-document-kind';
import { RelativeKind } from '../graduates/relatives/relative-kind';
import { ServiceDelivery, ServiceForm } from '../services/service-vocabulary';

/** The enums TypeORM and Swagger read hold exactly the codes of the shared vocabulary. */
const PAIRS: [string, Record<string, string>, readonly string[]][] = [
  ['GraduateStatus', GraduateStatus, domain.GRADUATE_STATUSES],
  ['LegalStatus', LegalStatus, domain.LEGAL_STATUSES],
  ['Sex', Sex, domain.SEXES],
  ['RelativeKind', RelativeKind, domain.RELATIVE_KINDS],
  ['IdentityDocumentKind', IdentityDocumentKind, domain.IDENTITY_DOCUMENT_KINDS],
  ['AppealChannel', AppealChannel, domain.APPEAL_CHANNELS],
  ['AppealStatus', AppealStatus, domain.APPEAL_STATUSES],
  ['ServiceForm', ServiceForm, domain.SERVICE_FORMS],
  ['ServiceDelivery', ServiceDelivery, domain.SERVICE_DELIVERIES],
];

describe('API enums and the shared vocabulary', () => {
  it.each(PAIRS)('%s lists the same codes as @postcare/domain', (_, anEnum, codes) => {
    expect(Object.values(anEnum).sort()).toEqual([...codes].sort());
  });
});
