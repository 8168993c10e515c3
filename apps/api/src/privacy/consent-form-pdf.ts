import type { PartnerKind } from '@postcare/domain';
import type { Content } from 'pdfmake/interfaces';
import { PORTRAIT } from '../documents/page-format';
import { justified, pdfBuffer } from '../documents/pdf-layout';
import { longDate, shortDate } from '../documents/russian-format';

/** The printable written consent (152-FZ Art. 9 p. 4): who agrees, to whom, to what, for how long. */
export interface ConsentFormData {
  institution: { fullName: string; address: string };
  subject: { fullName: string; birthDate: string; registrationAddress: string };
  signedOn: string;
  allowsProcessing: boolean;
  allowsPhoto: boolean;
  partnerKinds: string[];
  validUntil: string | null;
}

/**
 * The kinds as the consent's legal text names them (fuller than the interface's words in
 * @postcare/domain); `satisfies` makes a new kind need its wording here too.
 */
export const PARTNER_KIND_NAMES: Record<string, string> = {
  education: 'образовательные организации',
  employer: 'работодатели',
  health: 'медицинские организации',
  employment_center: 'центры занятости населения',
  guardianship: 'органы опеки и попечительства',
  social_protection: 'органы и учреждения социальной защиты',
  court: 'суды',
  police: 'органы внутренних дел',
  military_office: 'военные комиссариаты',
  ngo: 'некоммерческие организации',
  housing: 'органы и организации жилищной сферы',
  other: 'иные организации-партнёры',
} satisfies Record<PartnerKind, string>;

const PURPOSES =
  'постинтернатное сопровождение: консультирование, помощь в получении образования, ' +
  'трудоустройстве, жилье, восстановлении документов, защите прав и законных интересов; ' +
  'ведение личного дела, журнала обращений и отчётности учреждения.';

const CATEGORIES =
  'фамилия, имя, отчество; пол; дата рождения; правовой статус; сведения об учреждении, ' +
  'из которого выпущен; контактные телефоны, электронная почта, социальные сети; адреса ' +
  'регистрации и проживания; сведения об образовании, занятости, жилье, семье; сведения о ' +
  'состоянии здоровья и инвалидности (специальные категории); документы и их копии.';

const ACTIONS =
  'сбор, запись, систематизация, накопление, хранение, уточнение (обновление, изменение), ' +
  'извлечение, использование, передача (предоставление, доступ) в указанных пределах, ' +
  'обезличивание, блокирование, удаление, уничтожение, с использованием средств ' +
  'автоматизации и без них.';

const para = (text: string, top = 4): Content => ({
  text: justified(text),
  alignment: 'justify',
  margin: [0, top, 0, 0],
});

export function consentFormPdf(d: ConsentFormData): Promise<Buffer> {
  const sharing = d.partnerKinds.length
    ? d.partnerKinds.map((k) => PARTNER_KIND_NAMES[k] ?? k).join('; ') + '.'
    : 'не даю согласия на передачу персональных данных третьим лицам.';
  const validity = d.validUntil
    ? `Согласие действует по ${longDate(d.validUntil)} включительно или до его отзыва.`
    : 'Согласие действует до его отзыва.';
  const content: Content[] = [
    {
      text: 'СОГЛАСИЕ\nна обработку персональных данных',
      bold: true,
      alignment: 'center',
      fontSize: 13,
      margin: [0, 0, 0, 12],
    },
    para(
      `Я, ${d.subject.fullName}, дата рождения ${shortDate(d.subject.birthDate)}, ` +
        `адрес регистрации: ${d.subject.registrationAddress.trim() || '________________________________'}, ` +
        `в соответствии со ст. 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» ` +
        `${d.allowsProcessing ? 'даю' : 'не даю'} согласие ${d.institution.fullName}` +
        `${d.institution.address ? `, адрес: ${d.institution.address}` : ''} (далее – Оператор) ` +
        'на обработку моих персональных данных на следующих условиях.',
      0,
    ),
    para(`1. Цели обработки: ${PURPOSES}`, 8),
    para(`2. Категории персональных данных: ${CATEGORIES}`),
    para(`3. Действия с персональными данными: ${ACTIONS}`),
    para(`4. Передача персональных данных организациям-партнёрам: ${sharing}`),
    para(
      `5. Фотографии: ${d.allowsPhoto ? 'даю' : 'не даю'} согласие на хранение и использование моих фотографий в личном деле.`,
    ),
    para(`6. Срок действия: ${validity}`),
    para(
      '7. Согласие может быть отозвано мною письменным заявлением, поданным Оператору. ' +
        'Отзыв вступает в силу с указанной в нём даты; после этого Оператор хранит только ' +
        'сведения, необходимые для регистрации обращения, и уничтожает остальные в сроки, ' +
        'установленные законом.',
    ),
    {
      columns: [
        { text: longDate(d.signedOn), width: '*' },
        { text: `____________________ / ${d.subject.fullName} /`, width: 'auto' },
      ],
      margin: [0, 28, 0, 0],
    },
  ];
  return pdfBuffer(
    `Согласие на обработку персональных данных: ${d.subject.fullName}`,
    PORTRAIT,
    content,
  );
}
