// Seeds N synthetic graduates into one institution, straight through SQL (fast, no API).
//   DATABASE_URL=... node bench/seed-graduates.mjs <institutionId> [count=10000]
// Names are drawn from common Russian surnames, first names and patronymics, so the
// trigram index sees a realistic distribution (many near-duplicates, ё in some names).
import pg from 'pg';

const SURNAMES = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Соловьёв',
  'Борисов',
  'Яковлев',
  'Григорьев',
  'Романов',
  'Воробьёв',
  'Сергеев',
  'Кузьмин',
  'Фролов',
  'Александров',
  'Дмитриев',
  'Королёв',
  'Гусев',
  'Киселёв',
  'Ильин',
  'Максимов',
  'Поляков',
  'Сорокин',
  'Виноградов',
  'Ковалёв',
  'Белов',
  'Медведев',
  'Антонов',
  'Тарасов',
];
const MALE = [
  'Александр',
  'Дмитрий',
  'Максим',
  'Сергей',
  'Андрей',
  'Алексей',
  'Артём',
  'Илья',
  'Кирилл',
  'Михаил',
  'Никита',
  'Матвей',
  'Роман',
  'Егор',
  'Арсений',
  'Иван',
  'Денис',
  'Евгений',
  'Даниил',
  'Тимофей',
];
const FEMALE = [
  'Анастасия',
  'Мария',
  'Дарья',
  'Анна',
  'Елизавета',
  'Полина',
  'Виктория',
  'Екатерина',
  'Софья',
  'Александра',
  'Алёна',
  'Ксения',
  'Вероника',
  'Арина',
  'Валерия',
  'Юлия',
  'Ольга',
  'Татьяна',
  'Наталья',
  'Ирина',
];
const FATHERS = [
  'Александров',
  'Дмитриев',
  'Сергеев',
  'Андреев',
  'Алексеев',
  'Михайлов',
  'Николаев',
  'Иванов',
  'Петров',
  'Викторов',
  'Олегов',
  'Юрьев',
  'Владимиров',
  'Игорев',
  'Евгеньев',
];

const pick = (list, i) => list[i % list.length];

export function syntheticPerson(i) {
  const female = i % 2 === 1;
  const surname = pick(SURNAMES, i * 7 + Math.floor(i / 50));
  const father = pick(FATHERS, i * 3 + 1);
  const year = 2003 + (i % 8);
  const month = String((i % 12) + 1).padStart(2, '0');
  const dayOfMonth = String((i % 28) + 1).padStart(2, '0');
  return {
    lastName: female
      ? surname.endsWith('ий')
        ? surname.slice(0, -2) + 'ая'
        : surname + 'а'
      : surname,
    firstName: female ? pick(FEMALE, i * 11) : pick(MALE, i * 13),
    patronymic: female ? `${father}на` : `${father}ич`,
    sex: female ? 'female' : 'male',
    birthDate: `${year}-${month}-${dayOfMonth}`,
  };
}

export async function seedGraduates(databaseUrl, institutionId, count) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const batch = 1000;
    for (let start = 0; start < count; start += batch) {
      const people = Array.from({ length: Math.min(batch, count - start) }, (_, k) =>
        syntheticPerson(start + k),
      );
      await client.query(
        `INSERT INTO graduates (institution_id, version, last_name, first_name, patronymic, sex, birth_date, legal_status)
         SELECT $1, 1, p.last_name, p.first_name, p.patronymic, p.sex::sex, p.birth_date::date, 'orphan'
         FROM jsonb_to_recordset($2::jsonb) AS p(last_name text, first_name text, patronymic text, sex text, birth_date text)
         ON CONFLICT DO NOTHING`,
        [
          institutionId,
          JSON.stringify(
            people.map((p) => ({
              last_name: p.lastName,
              first_name: p.firstName,
              patronymic: p.patronymic,
              sex: p.sex,
              birth_date: p.birthDate,
            })),
          ),
        ],
      );
    }
    await client.query('ANALYZE graduates');
    return Number(
      (
        await client.query('SELECT count(*) FROM graduates WHERE institution_id = $1', [
          institutionId,
        ])
      ).rows[0].count,
    );
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [institutionId, count = '10000'] = process.argv.slice(2);
  if (!process.env.DATABASE_URL || !institutionId) {
    console.error('usage: DATABASE_URL=... node bench/seed-graduates.mjs <institutionId> [count]');
    process.exit(2);
  }
  console.log(
    `graduates in the institution: ${await seedGraduates(process.env.DATABASE_URL, institutionId, Number(count))}`,
  );
}
