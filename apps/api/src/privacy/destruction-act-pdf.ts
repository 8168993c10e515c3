import type { Content } from 'pdfmake/interfaces';
import { PORTRAIT } from '../documents/page-format';
import { BORDERED, justified, pdfBuffer } from '../documents/pdf-layout';
import { longDate, shortDate } from '../documents/russian-format';
import type { DestroyedSubject } from './destruction-act.entity';

/**
 * The act of destroying personal data with the fields of Roskomnadzor order No. 179
 * (28.10.2022): the operator, who destroyed, the subjects, the categories of data, the
 * carriers, the method, the reason and the date; then an extract of the audit log.
 */
export interface DestructionActData {
  number: string;
  actDate: string;
  institution: { fullName: string; address: string };
  destroyedBy: { fullName: string; position: string };
  subjects: DestroyedSubject[];
  categories: string;
  method: string;
  reason: string;
  /** Lines of the audit log: when, who, what. */
  auditExtract: { at: string; who: string; what: string }[];
}

export const DESTROYED_CATEGORIES =
  'фамилия, имя, отчество; контактные телефоны, электронная почта, социальные сети; адреса ' +
  'регистрации и проживания; сведения о жизненной ситуации (образование, занятость, жильё, ' +
  'семья, здоровье); тексты обращений, записей журнала, планов, оценок, писем и иных заметок; ' +
  'загруженные файлы (фотографии, копии документов, сканы согласий и договоров)';

export const DESTRUCTION_METHOD =
  'Удаление из базы данных информационной системы без возможности восстановления: записи ' +
  'перезаписаны, содержимое файлов удалено (обработка с использованием средств автоматизации)';

const row = (label: string, value: string): Content[] => [
  { text: label, bold: true, fontSize: 9.5 },
  { text: value, fontSize: 9.5 },
];

export function destructionActPdf(d: DestructionActData): Promise<Buffer> {
  const content: Content[] = [
    { text: d.institution.fullName, alignment: 'center', bold: true },
    {
      text: `АКТ № ${d.number}\nоб уничтожении персональных данных`,
      alignment: 'center',
      bold: true,
      fontSize: 13,
      margin: [0, 14, 0, 4],
    },
    { text: longDate(d.actDate), alignment: 'right', margin: [0, 0, 0, 10] },
    {
      table: {
        widths: ['35%', '*'],
        body: [
          row(
            'Оператор',
            `${d.institution.fullName}${d.institution.address ? `, ${d.institution.address}` : ''}`,
          ),
          row(
            'Лицо, уничтожившее персональные данные',
            [d.destroyedBy.fullName, d.destroyedBy.position].filter(Boolean).join(', '),
          ),
          row('Категории уничтоженных персональных данных', d.categories),
          row('Носитель', 'База данных информационной системы постинтернатного сопровождения'),
          row('Способ уничтожения', d.method),
          row('Причина уничтожения', d.reason),
          row('Дата уничтожения', shortDate(d.actDate)),
          row('Количество субъектов', String(d.subjects.length)),
        ],
      },
      layout: BORDERED,
    },
    {
      text: 'Субъекты персональных данных (по номерам личных дел)',
      bold: true,
      margin: [0, 12, 0, 4],
    },
    {
      table: {
        headerRows: 1,
        widths: [20, 70, '*', 90],
        body: [
          [
            { text: '№', bold: true, fontSize: 9 },
            { text: 'Номер дела', bold: true, fontSize: 9 },
            { text: 'Идентификатор', bold: true, fontSize: 9 },
            { text: 'Сопровождение окончено', bold: true, fontSize: 9 },
          ],
          ...d.subjects.map((s, i) => [
            { text: String(i + 1), fontSize: 9 },
            { text: s.fileNumber, fontSize: 9 },
            { text: s.graduateId, fontSize: 8 },
            { text: s.supportEndedOn ? shortDate(s.supportEndedOn) : '—', fontSize: 9 },
          ]),
        ],
      },
      layout: BORDERED,
    },
    {
      text: justified(
        'Персональные данные уничтожены; обезличенные сведения (даты и виды оказанной помощи) ' +
          'сохранены для статистической отчётности. Ранее представленные отчёты не изменялись.',
      ),
      alignment: 'justify',
      fontSize: 9.5,
      margin: [0, 10, 0, 0],
    },
    { text: 'Выписка из журнала регистрации событий', bold: true, margin: [0, 12, 0, 4] },
    {
      table: {
        headerRows: 1,
        widths: [110, 120, '*'],
        body: [
          [
            { text: 'Время', bold: true, fontSize: 9 },
            { text: 'Пользователь', bold: true, fontSize: 9 },
            { text: 'Событие', bold: true, fontSize: 9 },
          ],
          ...d.auditExtract.map((e) => [
            { text: e.at, fontSize: 8.5 },
            { text: e.who, fontSize: 8.5 },
            { text: e.what, fontSize: 8.5 },
          ]),
        ],
      },
      layout: BORDERED,
    },
    {
      stack: [
        {
          columns: [
            { text: 'Уничтожил(а)', width: '*' },
            { text: `____________________ / ${d.destroyedBy.fullName} /`, width: 'auto' },
          ],
        },
        {
          columns: [
            { text: 'Ответственный за организацию обработки персональных данных', width: '*' },
            { text: '____________________ / ____________________ /', width: 'auto' },
          ],
          margin: [0, 18, 0, 0],
        },
      ],
      margin: [0, 28, 0, 0],
      unbreakable: true,
    },
  ];
  return pdfBuffer(`Акт № ${d.number} об уничтожении персональных данных`, PORTRAIT, content);
}
