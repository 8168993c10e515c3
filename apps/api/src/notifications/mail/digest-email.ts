import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { EmailPayload } from '../outbox/outbox-message.entity';

dayjs.extend(utc);
dayjs.extend(timezone);

/** At most this many are listed; the rest are counted ("и ещё 12"). */
const LISTED = 50;

export interface DigestItem {
  title: string;
  link: string;
  createdAt: Date;
}

/** 1 новое уведомление, 3 новых уведомления, 5 новых уведомлений, 21 новое уведомление. */
export function newNotifications(n: number): string {
  const [tens, ones] = [n % 100, n % 10];
  if (ones === 1 && tens !== 11) return `${n} новое уведомление`;
  if (ones >= 2 && ones <= 4 && (tens < 12 || tens > 14)) return `${n} новых уведомления`;
  return `${n} новых уведомлений`;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The daily e-mail of one user: their notifications not mailed before, newest first, in plain
 * text and HTML, times in the institution's zone; links only when PUBLIC_URL is known.
 */
export function digestEmail(
  to: { email: string; fullName: string },
  items: DigestItem[],
  zone: string,
  publicUrl?: string,
): EmailPayload {
  const base = publicUrl?.replace(/\/+$/, '');
  const listed = items.slice(0, LISTED).map((item) => ({
    when: dayjs(item.createdAt).tz(zone).format('DD.MM.YYYY HH:mm'),
    title: item.title,
    url: base ? `${base}${item.link}` : null,
  }));
  const more = items.length - listed.length;
  const subject = `Постинтернатное сопровождение: ${newNotifications(items.length)}`;
  const greeting = `Здравствуйте, ${to.fullName}!`;
  const intro = 'Новые уведомления в системе «Постинтернатное сопровождение»:';
  const moreLine = more > 0 ? `и ещё ${more}` : '';
  const outro =
    'Прочитать их и отметить прочитанными можно в приложении (колокольчик вверху страницы). ' +
    'Письмо отправлено автоматически, отвечать на него не нужно.';

  const text = [
    greeting,
    '',
    intro,
    '',
    ...listed.flatMap((i) => [`— ${i.when} ${i.title}`, ...(i.url ? [`  ${i.url}`] : [])]),
    ...(moreLine ? [moreLine] : []),
    '',
    ...(base ? [`Открыть приложение: ${base}`] : []),
    outro,
  ].join('\n');

  const li = (i: (typeof listed)[number]) => {
    const title = escapeHtml(i.title);
    const body = i.url ? `<a href="${escapeHtml(i.url)}">${title}</a>` : title;
    return `<li><span style="color:#888">${i.when}</span> ${body}</li>`;
  };
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<ul>${listed.map(li).join('')}</ul>`,
    moreLine ? `<p>${moreLine}</p>` : '',
    base ? `<p><a href="${escapeHtml(base)}">Открыть приложение</a></p>` : '',
    `<p style="color:#888">${escapeHtml(outro)}</p>`,
  ].join('\n');

  return { to: to.email, subject, text, html };
}
