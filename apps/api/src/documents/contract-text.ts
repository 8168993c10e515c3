import type { ContractDocument } from './document-data';
import { longDate, paragraphsOf, sentence, shortDate, surnameWithInitials } from './russian-format';

/**
 * The wording of the support contract, as plain blocks that the DOCX and the PDF renderers
 * lay out the same way. It follows the regulations of post-care support services: the
 * contract names the rights and duties of the parties, its term, how it ends, the kinds
 * and measures of help; the support is free; the individual plan is its integral part;
 * what the graduate tells is kept confidential.
 */

export interface ContractParagraph {
  text: string;
  /** For a list item under a clause: its dash or number, set in a hanging indent. */
  marker?: string;
}

export interface ContractSection {
  heading: string;
  paragraphs: ContractParagraph[];
}

export interface ContractParty {
  heading: string;
  lines: string[];
  /** Signature line, e.g. `____________ / Иванов И.П. /`. */
  signature: string;
  /** Under the signature: «М.П.» for the institution. */
  stamp?: string;
}

export interface ContractText {
  title: string;
  subtitle: string;
  place: string;
  date: string;
  preamble: string;
  sections: ContractSection[];
  parties: ContractParty[];
  /** The legal representative's consent and signature, when there is one. */
  representative: ContractParty | null;
}

export const contractTitle = (kind: ContractDocument['kind']) =>
  kind === 'preliminary'
    ? 'Предварительный договор о постинтернатном сопровождении'
    : 'Договор о постинтернатном сопровождении';

/** `630099, г. Новосибирск, ул. …` → `г. Новосибирск`; a blank to fill in when none. */
export function placeOf(address: string): string {
  const match = /(?:^|[,;]\s*)((?:г\.|город)\s*[^,;]+)/i.exec(address);
  return match ? match[1].trim().replace(/^город\s+/i, 'г. ') : 'г. ____________________';
}

const signatureLine = (fullName: string) =>
  `____________________ / ${surnameWithInitials(fullName)} /`;

const clauses = (section: number, texts: string[]): ContractParagraph[] =>
  texts.map((text, i) => ({ text: `${section}.${i + 1}. ${text}` }));

const items = (texts: string[]): ContractParagraph[] =>
  texts.map((text) => ({ marker: '–', text }));

function preamble(data: ContractDocument): string {
  const { institution, graduate } = data;
  const representative = data.legalRepresentative
    ? ` ${sentence(`Договор заключается с согласия законного представителя Выпускника: ${data.legalRepresentative}`)}`
    : '';
  return (
    `${institution.fullName} (далее – Учреждение), от имени которого на основании Устава ` +
    `действует ${institution.directorPosition.toLowerCase()} ${institution.directorName}, ` +
    `с одной стороны, и ${graduate.fullName}, ${shortDate(graduate.birthDate)} года рождения ` +
    '(далее – Выпускник), с другой стороны, вместе именуемые «Стороны», заключили ' +
    `настоящий Договор о нижеследующем.${representative}`
  );
}

function subject(data: ContractDocument, n: number): ContractSection {
  const basis = data.applicationDate
    ? `Договор заключён на основании личного заявления Выпускника от ${longDate(data.applicationDate)}`
    : 'Договор заключён с согласия Выпускника';
  const texts = [
    'Учреждение осуществляет постинтернатное сопровождение Выпускника – оказывает ему ' +
      'содействие в успешной социализации, адаптации, самореализации в обществе, защите ' +
      'личных и имущественных прав, а Выпускник принимает сопровождение на условиях ' +
      'настоящего Договора.',
    'Постинтернатное сопровождение по настоящему Договору осуществляется на безвозмездной ' +
      'основе: Выпускник ничего не платит за оказываемую помощь.',
    sentence(basis),
  ];
  if (data.kind === 'preliminary') {
    texts.push(
      'Договор заключается предварительно, при подготовке Выпускника к выпуску из ' +
        'Учреждения; сопровождение по нему начинается со дня, указанного в разделе «Срок ' +
        'действия Договора».',
    );
  }
  return { heading: `${n}. Предмет Договора`, paragraphs: clauses(n, texts) };
}

function serviceKinds(data: ContractDocument, n: number): ContractSection {
  const kinds = data.serviceKinds.filter((kind) => kind.trim().length > 0);
  const paragraphs: ContractParagraph[] = kinds.length
    ? [
        { text: `${n}.1. Учреждение оказывает Выпускнику следующие виды социальной помощи:` },
        ...kinds.map((kind, i) => ({
          marker: `${i + 1})`,
          text: `${kind}${i === kinds.length - 1 ? '.' : ';'}`,
        })),
      ]
    : [
        {
          text: `${n}.1. Виды социальной помощи определяются индивидуальным планом сопровождения.`,
        },
      ];
  paragraphs.push({
    text:
      `${n}.2. Меры помощи – конкретные мероприятия, сроки их проведения и специалисты, ` +
      'ответственные за их реализацию, – определяются индивидуальным планом сопровождения.',
  });
  return { heading: `${n}. Виды и меры социальной помощи`, paragraphs };
}

function rightsAndDuties(n: number): ContractSection {
  return {
    heading: `${n}. Права и обязанности Сторон`,
    paragraphs: [
      { text: `${n}.1. Учреждение обязуется:` },
      ...items([
        'осуществлять сопровождение Выпускника в соответствии с настоящим Договором и ' +
          'индивидуальным планом сопровождения, исходя из интересов Выпускника;',
        'разработать индивидуальный план сопровождения с участием Выпускника и знакомить ' +
          'его с изменениями плана;',
        'оказывать Выпускнику консультативную, социально-педагогическую, психологическую и ' +
          'правовую помощь в пределах компетенции специалистов Учреждения;',
        'содействовать Выпускнику в реализации мер социальной поддержки во взаимодействии с ' +
          'организациями, учреждениями и физическими лицами;',
        'информировать орган опеки и попечительства о проблемах с сохранностью жилого ' +
          'помещения Выпускника и о случаях угрозы его жизни и здоровью;',
        'соблюдать конфиденциальность сведений о Выпускнике.',
      ]),
      { text: `${n}.2. Учреждение вправе:` },
      ...items([
        'самостоятельно выбирать формы и методы работы с Выпускником;',
        'посещать Выпускника по месту жительства в случаях, предусмотренных индивидуальным ' +
          'планом сопровождения;',
        'запрашивать в установленном порядке и получать сведения от органов опеки и ' +
          'попечительства, образовательных, медицинских и иных организаций, необходимые для ' +
          'сопровождения Выпускника;',
        'привлекать к сопровождению специалистов других организаций по согласованию с ними.',
      ]),
      { text: `${n}.3. Выпускник обязуется:` },
      ...items([
        'участвовать в выполнении мероприятий индивидуального плана сопровождения;',
        'сообщать специалистам Учреждения достоверные сведения, необходимые для ' +
          'сопровождения;',
        'своевременно сообщать об изменении места жительства, номера телефона, места учёбы ' +
          'или работы;',
        'уважительно относиться к специалистам Учреждения.',
      ]),
      { text: `${n}.4. Выпускник вправе:` },
      ...items([
        'бесплатно получать помощь, предусмотренную настоящим Договором;',
        'участвовать в составлении индивидуального плана сопровождения и вносить ' +
          'предложения о его изменении;',
        'получать информацию о ходе сопровождения;',
        'обращаться к руководителю Учреждения по вопросам сопровождения;',
        'отказаться от сопровождения, расторгнув Договор в порядке, установленном разделом ' +
          '«Изменение и прекращение Договора».',
      ]),
    ],
  };
}

function term(data: ContractDocument, n: number): ContractSection {
  return {
    heading: `${n}. Срок действия Договора`,
    paragraphs: clauses(n, [
      sentence(`Договор действует с ${longDate(data.startsOn)} по ${longDate(data.endsOn)}`),
      'Срок действия Договора может быть продлён по соглашению Сторон, оформленному ' +
        'дополнительным соглашением.',
    ]),
  };
}

function ending(n: number): ContractSection {
  return {
    heading: `${n}. Изменение и прекращение Договора`,
    paragraphs: [
      {
        text:
          `${n}.1. Изменения и дополнения к Договору оформляются письменным дополнительным ` +
          'соглашением Сторон.',
      },
      { text: `${n}.2. Договор прекращается:` },
      ...items([
        'по истечении срока его действия;',
        'по соглашению Сторон;',
        'по письменному заявлению Выпускника об отказе от сопровождения – со дня получения ' +
          'заявления Учреждением;',
        'по достижении Выпускником возраста 23 лет, кроме случая, когда он обучается по ' +
          'очной форме и получает первое профессиональное образование;',
        'по иным основаниям, предусмотренным законодательством Российской Федерации.',
      ]),
    ],
  };
}

function plan(n: number): ContractSection {
  return {
    heading: `${n}. Индивидуальный план сопровождения`,
    paragraphs: clauses(n, [
      'Индивидуальный план сопровождения, предусматривающий мероприятия, сроки их ' +
        'проведения и ответственных за реализацию специалистов, является неотъемлемой ' +
        'частью настоящего Договора (приложение к Договору).',
      'План пересматривается по мере необходимости с участием Выпускника; новая редакция ' +
        'плана утверждается руководителем Учреждения.',
    ]),
  };
}

function confidentiality(n: number): ContractSection {
  return {
    heading: `${n}. Конфиденциальность`,
    paragraphs: clauses(n, [
      'Учреждение соблюдает конфиденциальность сведений, полученных от Выпускника и о ' +
        'Выпускнике, кроме случаев, предусмотренных законодательством Российской Федерации.',
      'Сведения, необходимые для сопровождения, передаются другим организациям только с ' +
        'письменного согласия Выпускника.',
      'Персональные данные Выпускника обрабатываются в соответствии с Федеральным законом ' +
        'от 27.07.2006 № 152-ФЗ «О персональных данных».',
    ]),
  };
}

function conditions(data: ContractDocument, n: number): ContractSection | null {
  const texts = paragraphsOf(data.conditions);
  if (texts.length === 0) return null;
  return { heading: `${n}. Дополнительные условия`, paragraphs: clauses(n, texts) };
}

function closing(data: ContractDocument, n: number): ContractSection {
  const specialist = data.responsibleSpecialist
    ? `Ответственный специалист Учреждения по настоящему Договору: ` +
      sentence(`${data.responsibleSpecialist.position} ${data.responsibleSpecialist.fullName}`)
    : 'Ответственный специалист Учреждения по настоящему Договору назначается руководителем ' +
      'Учреждения; Выпускнику сообщают его имя и контакты.';
  const copies = data.legalRepresentative
    ? 'Договор составлен в трёх экземплярах, имеющих равную юридическую силу: для ' +
      'Учреждения, Выпускника и его законного представителя.'
    : 'Договор составлен в двух экземплярах, имеющих равную юридическую силу, по одному для ' +
      'каждой из Сторон.';
  return {
    heading: `${n}. Заключительные положения`,
    paragraphs: clauses(n, [
      specialist,
      'Споры по Договору разрешаются путём переговоров, а при недостижении согласия – в ' +
        'порядке, установленном законодательством Российской Федерации.',
      copies,
    ]),
  };
}

function parties(data: ContractDocument): ContractParty[] {
  const { institution, graduate } = data;
  const optional = (label: string, value: string) => (value.trim() ? [`${label}: ${value}`] : []);
  return [
    {
      heading: 'Учреждение',
      lines: [
        institution.fullName,
        ...optional('Адрес', institution.address),
        ...optional('Телефон', institution.phone),
        ...optional('Эл. почта', institution.email),
        institution.directorPosition,
      ],
      signature: signatureLine(institution.directorName),
      stamp: 'М.П.',
    },
    {
      heading: 'Выпускник',
      lines: [
        graduate.fullName,
        `Дата рождения: ${shortDate(graduate.birthDate)}`,
        ...optional('Адрес регистрации', graduate.registrationAddress),
        ...optional('Фактический адрес', graduate.actualAddress),
        ...optional('Телефон', graduate.phone),
      ],
      signature: signatureLine(graduate.fullName),
    },
  ];
}

export function contractText(data: ContractDocument): ContractText {
  const builders: ((n: number) => ContractSection | null)[] = [
    (n) => subject(data, n),
    (n) => serviceKinds(data, n),
    (n) => rightsAndDuties(n),
    (n) => term(data, n),
    (n) => ending(n),
    (n) => plan(n),
    (n) => confidentiality(n),
    (n) => conditions(data, n),
    (n) => closing(data, n),
  ];
  const sections: ContractSection[] = [];
  for (const build of builders) {
    const section = build(sections.length + 1);
    if (section) sections.push(section);
  }
  return {
    title: `${data.kind === 'preliminary' ? 'ПРЕДВАРИТЕЛЬНЫЙ ДОГОВОР' : 'ДОГОВОР'} № ${data.number}`,
    subtitle: 'о постинтернатном сопровождении',
    place: placeOf(data.institution.address),
    date: longDate(data.concludedOn),
    preamble: preamble(data),
    sections,
    parties: parties(data),
    representative: data.legalRepresentative
      ? {
          heading: 'Законный представитель Выпускника',
          lines: [data.legalRepresentative, 'С условиями Договора ознакомлен(а), согласие даю.'],
          signature: '____________________ / ____________________ /',
        }
      : null,
  };
}
