import type { NoticeDocument } from './document-data';
import { longDate, paragraphsOf, shortDate, surnameWithInitials } from './russian-format';

/**
 * The letter informing the guardianship body about a graduate (000 §7.1.4, 001 §6.2: the
 * specialists inform the guardianship bodies of problems with keeping the graduate's
 * dwelling and of threats to the graduate's life and health), as plain text blocks that
 * the DOCX and the PDF renderers lay out the same way: an official letter on the
 * institution's corner letterhead.
 */

/** A line of the body: a justified paragraph, or a `label: value` line of particulars. */
export interface NoticeLine {
  label?: string;
  text: string;
}

export interface NoticeSection {
  /** Bold lead-in such as «Принятые меры:». */
  heading: string;
  lines: NoticeLine[];
}

export interface NoticeText {
  /** Document title for the file's properties. */
  title: string;
  /** Top left: the institution, its requisites and the outgoing number and date. */
  letterhead: { name: string; requisites: string[]; outgoing: string };
  /** Top right: the addressee, line by line. */
  recipient: string[];
  /** Centred above the text: what the letter is about. */
  subject: string;
  /** The opening paragraph: on what grounds the institution writes, and when it found what. */
  lead: string;
  sections: NoticeSection[];
  /** The closing request to the guardianship body. */
  request: string;
  signature: { position: string; line: string };
  /** Bottom left in small print: who prepared the letter and how to reach them. */
  executor: string[];
}

export const NOTICE_SUBJECTS: Record<NoticeDocument['trigger'], string> = {
  housing: 'О проблеме сохранности жилого помещения выпускника',
  threat_life_health: 'Об угрозе жизни и здоровью выпускника',
  other: 'Информация о выпускнике',
};

/** Blanks to fill in by hand while the letter has not been registered as sent. */
export const BLANK_OUTGOING_NUMBER = '__________';
export const BLANK_OUTGOING_DATE = '______________';
/** The addressee line when none was given. */
export const DEFAULT_RECIPIENT = 'Руководителю органа опеки и попечительства';

const BLANK = '______________________________';

const DUTY =
  'в соответствии с положением о постинтернатном сопровождении выпускников, обязывающим ' +
  'специалистов по постинтернатному сопровождению информировать органы опеки и попечительства';

/** Why the institution writes: the specialists' duty (000 §7.1.4, 001 §6.2), or cooperation. */
const BASIS: Record<NoticeDocument['trigger'], string> = {
  housing: `${DUTY} о возникновении проблем с сохранностью жилого помещения выпускника,`,
  threat_life_health: `${DUTY} о случаях возникновения угрозы жизни и здоровью выпускника,`,
  other:
    'в рамках взаимодействия с органами опеки и попечительства при постинтернатном ' +
    'сопровождении выпускников,',
};

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const orBlank = (value: string) => value.trim() || BLANK;

function letterhead(data: NoticeDocument): NoticeText['letterhead'] {
  const { institution } = data;
  const optional = (label: string, value: string) => (value.trim() ? [`${label}${value}`] : []);
  const number = data.outgoingNumber?.trim() || BLANK_OUTGOING_NUMBER;
  const date = data.sentOn ? shortDate(data.sentOn) : BLANK_OUTGOING_DATE;
  return {
    name: institution.fullName,
    requisites: [
      ...optional('', institution.address),
      ...optional('Тел.: ', institution.phone),
      ...optional('E-mail: ', institution.email),
    ],
    // A no-break space keeps the number on the line of its sign.
    outgoing: `Исх. №\u00a0${number} от ${date}`,
  };
}

function executor(data: NoticeDocument): string[] {
  const { specialist } = data;
  if (!specialist) return [`Исполнитель: ${BLANK}`, `Тел.: ${BLANK}`];
  const who = [specialist.fullName.trim(), specialist.position.trim()].filter(Boolean).join(', ');
  const phone = specialist.phone.trim() || data.institution.phone.trim();
  return [`Исполнитель: ${who || BLANK}`, `Тел.: ${phone || BLANK}`];
}

export function noticeText(data: NoticeDocument): NoticeText {
  const { institution, graduate } = data;
  const subject = NOTICE_SUBJECTS[data.trigger];
  const institutionName = institution.shortName.trim() || institution.fullName.trim();
  const finding = paragraphsOf(data.finding);
  const measures = paragraphsOf(data.measures);
  const recipient = paragraphsOf(data.recipient);
  const sections: NoticeSection[] = [
    {
      heading: 'Сведения о выпускнике:',
      lines: [
        { label: 'Фамилия, имя, отчество', text: orBlank(graduate.fullName) },
        { label: 'Дата рождения', text: shortDate(graduate.birthDate) },
        { label: 'Правовой статус', text: orBlank(graduate.legalStatus) },
        { label: 'Адрес регистрации', text: orBlank(graduate.registrationAddress) },
        { label: 'Фактический адрес проживания', text: orBlank(graduate.actualAddress) },
      ],
    },
    {
      heading: 'Выявленные обстоятельства:',
      lines: (finding.length ? finding : [BLANK]).map((text) => ({ text })),
    },
  ];
  if (measures.length) {
    sections.push({ heading: 'Принятые меры:', lines: measures.map((text) => ({ text })) });
  }
  return {
    title: `Письмо в орган опеки и попечительства: ${subject.charAt(0).toLowerCase()}${subject.slice(1)}`,
    letterhead: letterhead(data),
    recipient: recipient.length ? recipient : [DEFAULT_RECIPIENT, BLANK],
    subject,
    lead:
      `${capitalized(BASIS[data.trigger])} ${institutionName} (далее – Учреждение) сообщает, ` +
      `что ${longDate(data.foundOn)} в ходе постинтернатного сопровождения выпускника ` +
      'установлено следующее.',
    sections,
    request:
      'Просим рассмотреть настоящую информацию, принять меры в пределах компетенции органа ' +
      'опеки и попечительства и сообщить в Учреждение о принятом решении.',
    signature: {
      position: institution.directorPosition,
      line: `____________________ / ${surnameWithInitials(institution.directorName)} /`,
    },
    executor: executor(data),
  };
}
