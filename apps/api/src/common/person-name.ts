/** "Фамилия Имя Отчество" of a graduate, a curator or anyone stored with the three parts. */
export const fullNameOf = (p: { lastName: string; firstName: string; patronymic: string }) =>
  [p.lastName, p.firstName, p.patronymic].filter(Boolean).join(' ');
