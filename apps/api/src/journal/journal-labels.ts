import { AppealChannel, AppealStatus } from '../appeals/appeal.entity';
import { ServiceDelivery, ServiceForm } from '../services/aid-service.entity';

/** Russian wording of the stored codes, as the paper journal would say it. */
export const CHANNEL: Record<AppealChannel, string> = {
  [AppealChannel.InPerson]: 'Личное обращение',
  [AppealChannel.Phone]: 'По телефону',
  [AppealChannel.Messenger]: 'Мессенджер, соцсети',
  [AppealChannel.OutreachVisit]: 'Выездная консультация',
  [AppealChannel.Letter]: 'Письменное обращение',
};

export const STATUS: Record<AppealStatus, string> = {
  [AppealStatus.New]: 'Новое',
  [AppealStatus.InProgress]: 'В работе',
  [AppealStatus.Resolved]: 'Решено',
  [AppealStatus.Referred]: 'Перенаправлено',
};

export const FORM: Record<ServiceForm, string> = {
  [ServiceForm.Individual]: 'индивидуальная',
  [ServiceForm.Group]: 'групповая',
};

export const DELIVERY: Record<ServiceDelivery, string> = {
  [ServiceDelivery.InPerson]: 'очно',
  [ServiceDelivery.Remote]: 'дистанционно',
};
