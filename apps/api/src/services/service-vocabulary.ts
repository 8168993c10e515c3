import { SERVICE_DELIVERIES, SERVICE_FORMS, type EnumMatches } from '@postcare/domain';

// Codes and words live in @postcare/domain; these enums serve TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` lines stop the build when an enum and its vocabulary differ.

export enum ServiceForm {
  Individual = 'individual',
  Group = 'group',
}

export enum ServiceDelivery {
  InPerson = 'in_person',
  Remote = 'remote',
}
export const SERVICE_FORM_MATCHES_DOMAIN = true satisfies EnumMatches<
  ServiceForm,
  (typeof SERVICE_FORMS)[number]
>;
export const SERVICE_DELIVERY_MATCHES_DOMAIN = true satisfies EnumMatches<
  ServiceDelivery,
  (typeof SERVICE_DELIVERIES)[number]
>;
