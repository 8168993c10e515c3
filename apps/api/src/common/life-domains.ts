/**
 * The life domains of a graduate's situation (000 §4.5–4.8, DOMAIN.md workflow 5): the
 * goals of an individual plan and, later, the monitoring assessments use this one list.
 * The order is the order shown to users and in documents.
 */
export enum LifeDomain {
  Housing = 'housing',
  Documents = 'documents',
  Education = 'education',
  Employment = 'employment',
  Health = 'health',
  Family = 'family',
  Finances = 'finances',
  Legal = 'legal',
  Leisure = 'leisure',
  RiskBehaviour = 'risk_behaviour',
}

export const LIFE_DOMAIN_LABELS: Readonly<Record<LifeDomain, string>> = {
  [LifeDomain.Housing]: 'Жильё',
  [LifeDomain.Documents]: 'Документы',
  [LifeDomain.Education]: 'Образование',
  [LifeDomain.Employment]: 'Трудоустройство',
  [LifeDomain.Health]: 'Здоровье',
  [LifeDomain.Family]: 'Семья и дети',
  [LifeDomain.Finances]: 'Финансы и льготы',
  [LifeDomain.Legal]: 'Правовые вопросы',
  [LifeDomain.Leisure]: 'Досуг и социальные связи',
  [LifeDomain.RiskBehaviour]: 'Рискованное поведение',
};

export const LIFE_DOMAINS = Object.values(LifeDomain);
