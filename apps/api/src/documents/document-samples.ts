import type {
  ContractDocument,
  InstitutionRequisites,
  NoticeDocument,
  PlanDocument,
} from './document-data';

/** Filled-in example documents: for previews of a layout or a template, and for tests. */

export const SAMPLE_INSTITUTION: InstitutionRequisites = {
  fullName:
    'Муниципальное казённое учреждение города Новосибирска «Центр помощи детям, оставшимся без попечения родителей, «Созвездие»',
  shortName: 'МКУ «Центр «Созвездие»',
  address: '630099, г. Новосибирск, ул. Советская, д. 15',
  directorName: 'Петрова Анна Сергеевна',
  directorPosition: 'Директор',
  phone: '+7 (383) 222-33-44',
  email: 'sozvezdie@example.ru',
};

export function sampleContract(): ContractDocument {
  return {
    institution: SAMPLE_INSTITUTION,
    kind: 'support',
    number: 'ДС-2026/7',
    concludedOn: '2026-11-15',
    applicationDate: '2026-11-10',
    startsOn: '2026-11-15',
    endsOn: '2027-11-14',
    graduate: {
      fullName: 'Иванов Иван Петрович',
      birthDate: '2008-03-15',
      registrationAddress: '630001, г. Новосибирск, ул. Ленина, д. 1, кв. 2',
      actualAddress: '630005, г. Новосибирск, ул. Гоголя, д. 10, кв. 34',
      phone: '+7 913 000-00-00',
    },
    legalRepresentative: null,
    responsibleSpecialist: {
      fullName: 'Сидорова Мария Викторовна',
      position: 'социальный педагог',
    },
    serviceKinds: [
      'Социально-педагогическое консультирование',
      'Психологическое консультирование',
      'Содействие в трудоустройстве',
    ],
    conditions: 'Встречи со специалистом – не реже одного раза в месяц.',
  };
}

export function samplePlan(): PlanDocument {
  return {
    institution: SAMPLE_INSTITUTION,
    contractNumber: 'ДС-2026/7',
    contractConcludedOn: '2026-11-15',
    graduate: { fullName: 'Иванов Иван Петрович', birthDate: '2008-03-15' },
    periodFrom: '2026-11-15',
    periodTo: '2027-11-14',
    revision: 2,
    approvedOn: '2026-11-20',
    approvedBy: 'Петрова Анна Сергеевна',
    goals: [
      {
        domain: 'Образование',
        goal: 'Окончить первый курс колледжа без академических задолженностей',
      },
      {
        domain: 'Жильё',
        goal: 'Встать на учёт для получения жилого помещения специализированного фонда',
      },
    ],
    activities: [
      {
        domain: 'Документы',
        title: 'Восстановление полиса ОМС',
        description: 'Сопроводить выпускника в страховую медицинскую организацию',
        dueOn: '2026-12-01',
        responsible: 'Сидорова М.В.',
        status: 'Выполнено',
        outcome: '28.11.2026: полис получен',
      },
      {
        domain: 'Образование',
        title: 'Встреча с куратором группы',
        description: 'Выяснить посещаемость и успеваемость за первый семестр',
        dueOn: '2027-01-20',
        responsible: 'Сидорова М.В.',
        status: 'Запланировано',
        outcome: '',
      },
    ],
  };
}

export function sampleNotice(): NoticeDocument {
  return {
    institution: SAMPLE_INSTITUTION,
    recipient:
      'Руководителю отдела опеки и попечительства администрации Ленинского района города Новосибирска',
    outgoingNumber: '47-ПС',
    sentOn: '2027-03-20',
    trigger: 'housing',
    graduate: {
      fullName: 'Иванов Иван Петрович',
      birthDate: '2008-03-15',
      legalStatus: 'лицо из числа детей-сирот и детей, оставшихся без попечения родителей',
      registrationAddress: '630001, г. Новосибирск, ул. Ленина, д. 1, кв. 2',
      actualAddress: '630005, г. Новосибирск, ул. Гоголя, д. 10, кв. 34',
    },
    foundOn: '2027-03-12',
    finding:
      'При посещении закреплённого за выпускником жилого помещения по адресу регистрации ' +
      'установлено, что в квартире без согласия выпускника проживают посторонние лица, ' +
      'оконные рамы повреждены, имеется задолженность по оплате коммунальных услуг.\n' +
      'Выпускник сообщил, что ключи от квартиры находятся у бывшего соседа.',
    measures:
      'Проведена беседа с выпускником, даны разъяснения о порядке обращения в управляющую ' +
      'компанию и в отдел полиции.\nВыпускнику оказано содействие в составлении заявления ' +
      'о проверке законности проживания посторонних лиц.',
    specialist: {
      fullName: 'Сидорова Мария Викторовна',
      position: 'социальный педагог',
      phone: '+7 (383) 222-33-45',
    },
  };
}
