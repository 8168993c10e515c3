import { digestEmail, newNotifications } from './digest-email';

describe('the daily e-mail digest', () => {
  it('counts notifications the Russian way', () => {
    expect([1, 2, 5, 11, 12, 21, 22, 25, 111, 104].map(newNotifications)).toEqual([
      '1 новое уведомление',
      '2 новых уведомления',
      '5 новых уведомлений',
      '11 новых уведомлений',
      '12 новых уведомлений',
      '21 новое уведомление',
      '22 новых уведомления',
      '25 новых уведомлений',
      '111 новых уведомлений',
      '104 новых уведомления',
    ]);
  });

  it('lists titles with local times and links, and escapes HTML', () => {
    const mail = digestEmail(
      { email: 'ivanova@example.org', fullName: 'Иванова Мария Петровна' },
      [
        {
          title: 'Просрочено мероприятие «<Паспорт>»',
          link: '/graduates/1?tab=plan',
          createdAt: new Date('2026-03-01T23:30:00Z'),
        },
      ],
      'Asia/Vladivostok',
      'https://postcare.example.org/',
    );
    expect(mail.to).toBe('ivanova@example.org');
    expect(mail.subject).toBe('Постинтернатное сопровождение: 1 новое уведомление');
    expect(mail.text).toContain('— 02.03.2026 09:30 Просрочено мероприятие «<Паспорт>»');
    expect(mail.text).toContain('  https://postcare.example.org/graduates/1?tab=plan');
    expect(mail.html).toContain('«&lt;Паспорт&gt;»');
    expect(mail.html).toContain('href="https://postcare.example.org/graduates/1?tab=plan"');
  });

  it('goes without links when the public address is unknown, and caps the list', () => {
    const items = Array.from({ length: 53 }, (_, i) => ({
      title: `Уведомление ${i}`,
      link: `/graduates/${i}`,
      createdAt: new Date('2026-03-02T06:00:00Z'),
    }));
    const mail = digestEmail({ email: 'a@b.c', fullName: 'А Б' }, items, 'Europe/Moscow');
    expect(mail.text).not.toContain('http');
    expect(mail.text).toContain('Уведомление 49');
    expect(mail.text).not.toContain('Уведомление 50');
    expect(mail.text).toContain('и ещё 3');
  });
});
