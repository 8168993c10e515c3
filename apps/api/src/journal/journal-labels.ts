import {
  APPEAL_CHANNEL_LABELS,
  APPEAL_STATUS_LABELS,
  russianWords,
  SERVICE_DELIVERY_LABELS,
  SERVICE_FORM_LABELS,
} from '@postcare/domain';

/** Russian wording of the stored codes, as the paper journal would say it (@postcare/domain). */
export const CHANNEL = russianWords(APPEAL_CHANNEL_LABELS, { capitalised: true });

export const STATUS = russianWords(APPEAL_STATUS_LABELS, { capitalised: true });

export const FORM = russianWords(SERVICE_FORM_LABELS);

export const DELIVERY = russianWords(SERVICE_DELIVERY_LABELS);
