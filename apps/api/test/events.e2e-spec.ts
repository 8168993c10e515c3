import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import request from 'supertest';
import {
  api,
  auditEntries,
  createGraduate,
  createInstitution,
  createUser,
  dictionaryIds,
  expectProblem,
  TestGraduate,
  TestUser,
} from './support/api';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The main institution's zone (Khabarovsk time). */
const ZONE = 'Asia/Vladivostok';
/** UTC+14: its calendar day is ahead of UTC's at every hour. */
const KIRITIMATI = 'Pacific/Kiritimati';

/** A moment in `zone`, `days` from today there, at `hour`:00 local time, with its offset. */
const at = (days: number, hour = 15, zone = ZONE) =>
  dayjs().tz(zone).add(days, 'day').hour(hour).minute(0).second(0).millisecond(0).format();
/** The calendar day in `zone`, `days` from today there. */
const dayIn = (zone: string, days = 0) => dayjs().tz(zone).add(days, 'day').format('YYYY-MM-DD');

interface StaffRef {
  id: string;
  fullName: string;
}
interface Participant {
  graduate: { id: string; fullName: string; birthDate: string };
  present: boolean | null;
  serviceId: string | null;
}
interface GroupEvent {
  id: string;
  kind: string;
  startsAt: string;
  day: string;
  durationMinutes: number;
  topic: string;
  lead: StaffRef | null;
  leadName: string;
  place: string;
  notes: string;
  status: string;
  cancelReason: string;
  participantCount: number;
  presentCount: number;
  participants: Participant[];
  hiddenParticipants: number;
  history: { user: StaffRef | null; from: string | null; to: string; reason: string }[];
  version: number;
}
interface Service {
  id: string;
  providedOn: string;
  graduate: { id: string };
  specialist: StaffRef;
  kind: { id: string; code: string };
  form: string;
  delivery: string;
  durationMinutes: number;
  result: string;
}
interface Page<T> {
  items: T[];
  total: number;
}

const bearer = { type: 'bearer' } as const;
const get = (token: string, path: string, query: object = {}) =>
  api().get(`/api${path}`).query(query).auth(token, bearer);
const post = (token: string, path: string, body: object = {}) =>
  api().post(`/api${path}`).auth(token, bearer).send(body);
const patch = (token: string, path: string, body: object = {}) =>
  api().patch(`/api${path}`).auth(token, bearer).send(body);

function bodyOf<T = GroupEvent>(res: request.Response, status = 200): T {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

function expectInvalid(res: request.Response, field: string) {
  expectProblem(res, 400, 'validation');
  expect(Object.keys(res.body.errors ?? {})).toContain(field);
}

/** A reference to a record that is missing for the caller (or another institution's). */
function expectMissing(res: request.Response, field: string) {
  expectProblem(res, 422, 'reference-not-found');
  expect(Object.keys(res.body.errors ?? {})).toContain(field);
}

const ids = (event: GroupEvent) => event.participants.map((p) => p.graduate.id).sort();

describe('group events', () => {
  let home: string;
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let curator: TestUser;
  let strangerHead: TestUser;
  let mine: TestGraduate;
  let alsoMine: TestGraduate;
  let theirs: TestGraduate;
  let stranger: TestGraduate;
  let kinds: Record<string, string>;

  beforeAll(async () => {
    home = (await createInstitution({ timeZone: ZONE })).id;
    const other = (await createInstitution({ timeZone: ZONE })).id;
    head = await createUser('head', home, 'Руководитель Службы');
    specialist = await createUser('specialist', home, 'Социальный Педагог');
    colleague = await createUser('specialist', home, 'Педагог Психолог');
    supervisor = await createUser('supervisor', home, 'Проверяющий Отдела');
    curator = await createUser('curator', home, 'Куратор Выпускника');
    strangerHead = await createUser('head', other, 'Чужой Руководитель');
    mine = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
    alsoMine = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
    theirs = await createGraduate(head.token, { responsibleSpecialistId: colleague.id });
    stranger = await createGraduate(strangerHead.token);
    kinds = await dictionaryIds(head.token, 'service-kind');
  });

  const valid = (overrides: object = {}) => ({
    kind: 'training',
    startsAt: at(-2),
    durationMinutes: 90,
    topic: 'Как снять квартиру и не потерять деньги',
    place: 'Актовый зал',
    participantIds: [mine.id, alsoMine.id],
    ...overrides,
  });

  const create = async (token: string, overrides: object = {}) =>
    bodyOf(await post(token, '/events', valid(overrides)), 201);

  const servicesOf = async (graduateId: string) =>
    bodyOf<Page<Service>>(await get(head.token, '/services', { graduateId })).items;

  // -------------------------------------------------------------------------------------
  describe('planning an event', () => {
    it('creates a scheduled event led by the caller, with its participants and history', async () => {
      const res = await post(specialist.token, '/events', valid({ notes: ' Взять раздатку ' }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        kind: 'training',
        day: dayIn(ZONE, -2),
        durationMinutes: 90,
        topic: 'Как снять квартиру и не потерять деньги',
        lead: { id: specialist.id, fullName: 'Социальный Педагог' },
        leadName: '',
        place: 'Актовый зал',
        notes: 'Взять раздатку',
        status: 'scheduled',
        cancelReason: '',
        participantCount: 2,
        presentCount: 0,
        hiddenParticipants: 0,
        version: 1,
      });
      expect(new Date(res.body.startsAt).getTime()).toBe(new Date(at(-2)).getTime());
      expect(ids(res.body)).toEqual([mine.id, alsoMine.id].sort());
      expect(res.body.participants[0]).toMatchObject({ present: null, serviceId: null });
      expect(res.body.history).toEqual([
        {
          at: expect.any(String),
          user: { id: specialist.id, fullName: 'Социальный Педагог' },
          from: null,
          to: 'scheduled',
          reason: '',
        },
      ]);
      const read = bodyOf(await get(head.token, `/events/${res.body.id}`));
      expect(read).toEqual(res.body);
    });

    it('a lead who is not a user is named in leadName; then no staff lead is set', async () => {
      const event = await create(head.token, {
        leadName: 'Юрист центра «Право»',
        participantIds: [],
      });
      expect(event).toMatchObject({ lead: null, leadName: 'Юрист центра «Право»' });
      const led = await create(head.token, { leadUserId: colleague.id });
      expect(led.lead).toEqual({ id: colleague.id, fullName: 'Педагог Психолог' });
    });

    describe('400 for an invalid event, 422 for a missing reference, and nothing is created', () => {
      const REFUSED = 'Не должно сохраниться';
      it.each([
        ['an unknown kind', { kind: 'party' }, 'kind'],
        ['a start without a time zone', { startsAt: '2027-01-20T15:00:00' }, 'startsAt'],
        ['a duration of 0 minutes', { durationMinutes: 0 }, 'durationMinutes'],
        ['a duration over a day', { durationMinutes: 1441 }, 'durationMinutes'],
        ['an empty topic', { topic: '   ' }, 'topic'],
        ['a participant id that is not a UUID', { participantIds: ['Иванов'] }, 'participantIds'],
        ['an unknown field', { priority: 'high' }, 'priority'],
      ])('%s', async (_case, overrides, field) => {
        expectInvalid(
          await post(head.token, '/events', valid({ topic: REFUSED, ...overrides })),
          field,
        );
      });

      it('a participant listed twice', async () => {
        expectInvalid(
          await post(
            head.token,
            '/events',
            valid({ topic: REFUSED, participantIds: [mine.id, mine.id] }),
          ),
          'participantIds',
        );
      });

      it('a graduate of another institution as a participant', async () => {
        expectMissing(
          await post(
            head.token,
            '/events',
            valid({ topic: REFUSED, participantIds: [mine.id, stranger.id] }),
          ),
          'participantIds',
        );
      });

      it('a graduate the specialist may not see as a participant', async () => {
        expectMissing(
          await post(
            specialist.token,
            '/events',
            valid({ topic: REFUSED, participantIds: [theirs.id] }),
          ),
          'participantIds',
        );
      });

      it('a lead of another institution or one who cannot lead', async () => {
        expectMissing(
          await post(head.token, '/events', valid({ topic: REFUSED, leadUserId: strangerHead.id })),
          'leadUserId',
        );
        expectInvalid(
          await post(head.token, '/events', valid({ topic: REFUSED, leadUserId: curator.id })),
          'leadUserId',
        );
      });

      it('none of them created an event', async () => {
        const page = bodyOf<Page<GroupEvent>>(await get(head.token, '/events', { pageSize: 100 }));
        expect(page.items.filter((e) => e.topic === REFUSED)).toEqual([]);
      });
    });

    it('401 without a token; 404 for a curator and for a supervisor writing', async () => {
      expectProblem(await api().get('/api/events'), 401);
      expectProblem(await api().post('/api/events').send(valid()), 401);
      expectProblem(await get(curator.token, '/events'), 404);
      expectProblem(await post(curator.token, '/events', valid()), 404);
      expectProblem(await post(supervisor.token, '/events', valid()), 403);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('who sees an event and its participants', () => {
    let event: GroupEvent;
    beforeAll(async () => {
      event = await create(head.token, { participantIds: [mine.id, theirs.id] });
    });

    it('the head and the supervisor see every participant', async () => {
      for (const token of [head.token, supervisor.token]) {
        const read = bodyOf(await get(token, `/events/${event.id}`));
        expect(ids(read)).toEqual([mine.id, theirs.id].sort());
        expect(read.hiddenParticipants).toBe(0);
      }
    });

    it('a specialist sees the event, but by name only the participants whose files they see', async () => {
      const read = bodyOf(await get(specialist.token, `/events/${event.id}`));
      expect(ids(read)).toEqual([mine.id]);
      expect(read).toMatchObject({ participantCount: 2, hiddenParticipants: 1 });
    });

    it('a specialist filtering by a graduate they may not see finds nothing', async () => {
      const asHead = bodyOf<Page<GroupEvent>>(
        await get(head.token, '/events', { graduateId: theirs.id }),
      );
      expect(asHead.items.map((e) => e.id)).toContain(event.id);
      const asSpecialist = bodyOf<Page<GroupEvent>>(
        await get(specialist.token, '/events', { graduateId: theirs.id }),
      );
      expect(asSpecialist).toMatchObject({ items: [], total: 0 });
      const own = bodyOf<Page<GroupEvent>>(
        await get(specialist.token, '/events', { graduateId: mine.id }),
      );
      expect(own.items.map((e) => e.id)).toContain(event.id);
    });

    it('404 for an event of another institution, an unknown id or one that is not a UUID', async () => {
      expectProblem(await get(strangerHead.token, `/events/${event.id}`), 404);
      expectProblem(await get(head.token, '/events/7f1b8f8e-0000-4000-8000-000000000000'), 404);
      expectProblem(await get(head.token, '/events/42'), 404);
      expectProblem(
        await patch(strangerHead.token, `/events/${event.id}`, { version: 1, topic: 'Чужое' }),
        404,
      );
    });

    it('401 without a token; 404 for a curator', async () => {
      expectProblem(await api().get(`/api/events/${event.id}`), 401);
      expectProblem(await get(curator.token, `/events/${event.id}`), 404);
    });

    it('reading an event is logged with the graduates it showed', async () => {
      const log = (await auditEntries('group_event', event.id)).filter((e) => e.action === 'read');
      const bySpecialist = log.find((e) => e.user_id === specialist.id);
      expect(bySpecialist?.details).toEqual({ graduateIds: [mine.id] });
      const byHead = log.find((e) => e.user_id === head.id);
      expect((byHead?.details.graduateIds as string[]).sort()).toEqual([mine.id, theirs.id].sort());
    });
  });

  // -------------------------------------------------------------------------------------
  describe('changing an event', () => {
    it('changes the topic, the time and the participants, with a new version; the change is logged', async () => {
      const event = await create(specialist.token);
      const changed = bodyOf(
        await patch(specialist.token, `/events/${event.id}`, {
          version: event.version,
          topic: 'Мой бюджет',
          kind: 'master_class',
          startsAt: at(3, 11),
          participantIds: [alsoMine.id],
        }),
      );
      expect(changed).toMatchObject({
        topic: 'Мой бюджет',
        kind: 'master_class',
        day: dayIn(ZONE, 3),
        participantCount: 1,
        version: event.version + 1,
      });
      expect(ids(changed)).toEqual([alsoMine.id]);
      const log = await auditEntries('group_event', event.id);
      const update = log.find((e) => e.action === 'update');
      expect(update?.changed_fields.sort()).toEqual(
        ['kind', 'participantIds', 'startsAt', 'topic'].sort(),
      );
      // The graduates whose participation changed: `mine` was taken off the list.
      expect(update?.details).toEqual({ graduateIds: [mine.id] });
    });

    it('a specialist’s list replaces only the participants they see; the hidden ones stay', async () => {
      const event = await create(head.token, { participantIds: [mine.id, theirs.id] });
      const changed = bodyOf(
        await patch(specialist.token, `/events/${event.id}`, {
          version: event.version,
          participantIds: [alsoMine.id],
        }),
      );
      expect(ids(changed)).toEqual([alsoMine.id]);
      expect(changed.hiddenParticipants).toBe(1);
      const asHead = bodyOf(await get(head.token, `/events/${event.id}`));
      expect(ids(asHead)).toEqual([alsoMine.id, theirs.id].sort());
    });

    it('400 for invalid changes; 409 stale-version for an old version, and nothing changes', async () => {
      const event = await create(head.token);
      const path = `/events/${event.id}`;
      expectInvalid(await patch(head.token, path, { topic: 'Без версии' }), 'version');
      expectMissing(
        await patch(head.token, path, { version: 1, participantIds: [stranger.id] }),
        'participantIds',
      );
      expectInvalid(
        await patch(head.token, path, { version: 1, durationMinutes: -5 }),
        'durationMinutes',
      );
      bodyOf(await patch(head.token, path, { version: 1, topic: 'Новая тема' }));
      expectProblem(
        await patch(head.token, path, { version: 1, topic: 'Старая' }),
        409,
        'stale-version',
      );
      expect(bodyOf(await get(head.token, path)).topic).toBe('Новая тема');
    });

    it('401 without a token; 403 for a supervisor', async () => {
      const event = await create(head.token);
      expectProblem(await api().patch(`/api/events/${event.id}`).send({ version: 1 }), 401);
      expectProblem(await patch(supervisor.token, `/events/${event.id}`, { version: 1 }), 403);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('cancelling an event', () => {
    it('cancels with the reason; the event is kept and no longer changes', async () => {
      const event = await create(head.token);
      const cancelled = bodyOf(
        await post(specialist.token, `/events/${event.id}/cancel`, {
          version: event.version,
          reason: 'Карантин в общежитии',
        }),
      );
      expect(cancelled).toMatchObject({
        status: 'cancelled',
        cancelReason: 'Карантин в общежитии',
        version: event.version + 1,
      });
      expect(cancelled.history.map((h) => [h.from, h.to, h.reason])).toEqual([
        [null, 'scheduled', ''],
        ['scheduled', 'cancelled', 'Карантин в общежитии'],
      ]);
      expectProblem(
        await patch(head.token, `/events/${event.id}`, { version: cancelled.version, topic: 'x' }),
        409,
        'event-closed',
      );
      expectProblem(
        await post(head.token, `/events/${event.id}/cancel`, {
          version: cancelled.version,
          reason: 'Ещё раз',
        }),
        409,
        'invalid-transition',
      );
      expectProblem(
        await post(head.token, `/events/${event.id}/hold`, {
          version: cancelled.version,
          presentGraduateIds: [mine.id],
        }),
        409,
        'invalid-transition',
      );
      const listed = bodyOf<Page<GroupEvent>>(
        await get(head.token, '/events', { status: 'cancelled', graduateId: mine.id }),
      );
      expect(listed.items.map((e) => e.id)).toContain(event.id);
    });

    it('400 without a reason; 404 for another institution; 401; 403 for a supervisor', async () => {
      const event = await create(head.token);
      const path = `/events/${event.id}/cancel`;
      expectInvalid(await post(head.token, path, { version: 1, reason: ' ' }), 'reason');
      expectProblem(await post(strangerHead.token, path, { version: 1, reason: 'Чужое' }), 404);
      expectProblem(await api().post(`/api${path}`).send({ version: 1, reason: 'x' }), 401);
      expectProblem(await post(supervisor.token, path, { version: 1, reason: 'x' }), 403);
      expectProblem(
        await post(head.token, path, { version: 7, reason: 'x' }),
        409,
        'stale-version',
      );
    });
  });

  // -------------------------------------------------------------------------------------
  describe('holding an event counts each participant present as a group service', () => {
    it('a training: one group service per present participant, of the training kind, on the event’s day', async () => {
      const absent = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
      const present = [
        await createGraduate(head.token, { responsibleSpecialistId: specialist.id }),
        await createGraduate(head.token, { responsibleSpecialistId: specialist.id }),
      ];
      const event = await create(specialist.token, {
        // 01:00 in Vladivostok is still the day before in UTC: the service takes the local day.
        startsAt: at(-3, 1),
        durationMinutes: 120,
        participantIds: [...present.map((g) => g.id), absent.id],
      });
      const held = bodyOf(
        await post(specialist.token, `/events/${event.id}/hold`, {
          version: event.version,
          presentGraduateIds: present.map((g) => g.id),
        }),
      );
      expect(held).toMatchObject({
        status: 'held',
        participantCount: 3,
        presentCount: 2,
        version: event.version + 1,
      });
      expect(held.history.map((h) => [h.from, h.to])).toEqual([
        [null, 'scheduled'],
        ['scheduled', 'held'],
      ]);
      for (const graduate of present) {
        const services = await servicesOf(graduate.id);
        expect(services).toHaveLength(1);
        expect(services[0]).toMatchObject({
          providedOn: dayIn(ZONE, -3),
          kind: { id: kinds.training_session, code: 'training_session' },
          form: 'group',
          delivery: 'in_person',
          durationMinutes: 120,
          specialist: { id: specialist.id },
          result: 'Тренинг «Как снять квартиру и не потерять деньги»',
        });
        const participant = held.participants.find((p) => p.graduate.id === graduate.id);
        expect(participant).toMatchObject({ present: true, serviceId: services[0].id });
      }
      expect(await servicesOf(absent.id)).toEqual([]);
      expect(held.participants.find((p) => p.graduate.id === absent.id)).toMatchObject({
        present: false,
        serviceId: null,
      });

      // Held is final: no second hold, no changes.
      expectProblem(
        await post(head.token, `/events/${event.id}/hold`, {
          version: held.version,
          presentGraduateIds: [absent.id],
        }),
        409,
        'invalid-transition',
      );
      expectProblem(
        await patch(head.token, `/events/${event.id}`, { version: held.version, notes: 'x' }),
        409,
        'event-closed',
      );
      expect(await servicesOf(absent.id)).toEqual([]);

      // Every service is logged as created by the one who held the event, in the same change.
      const [service] = await servicesOf(present[0].id);
      const log = await auditEntries('service', service.id);
      expect(log.map((e) => [e.action, e.user_id])).toEqual([['create', specialist.id]]);
      const eventLog = await auditEntries('group_event', event.id);
      expect(eventLog.find((e) => e.changed_fields.includes('present'))?.user_id).toBe(
        specialist.id,
      );
    });

    it('a club meeting led by a colleague: the group-event kind, given by the lead', async () => {
      const graduate = await createGraduate(head.token);
      const event = await create(head.token, {
        kind: 'club_meeting',
        leadUserId: colleague.id,
        participantIds: [graduate.id],
      });
      bodyOf(
        await post(head.token, `/events/${event.id}/hold`, {
          version: event.version,
          presentGraduateIds: [graduate.id],
        }),
      );
      const [service] = await servicesOf(graduate.id);
      expect(service).toMatchObject({
        kind: { id: kinds.group_event, code: 'group_event' },
        form: 'group',
        specialist: { id: colleague.id },
      });
    });

    it('409 not-eligible naming an ineligible participant; nobody gets a service and the event stays scheduled', async () => {
      const eligible = await createGraduate(head.token);
      const older = await createGraduate(head.token, {
        birthDate: dayjs().subtract(24, 'year').subtract(1, 'month').format('YYYY-MM-DD'),
      });
      const event = await create(head.token, { participantIds: [eligible.id, older.id] });
      const res = await post(head.token, `/events/${event.id}/hold`, {
        version: event.version,
        presentGraduateIds: [eligible.id, older.id],
      });
      expectProblem(res, 409, 'not-eligible');
      expect(res.body.detail).toContain(`${older.lastName} Иван Петрович`);
      expect(res.body.detail).not.toContain(eligible.lastName);
      expect(res.body.eligibility).toMatchObject({ eligible: false, on: dayIn(ZONE, -2) });
      expect(await servicesOf(eligible.id)).toEqual([]);
      const after = bodyOf(await get(head.token, `/events/${event.id}`));
      expect(after).toMatchObject({ status: 'scheduled', version: event.version });

      // Marked absent, the ineligible participant no longer stands in the way.
      bodyOf(
        await post(head.token, `/events/${event.id}/hold`, {
          version: event.version,
          presentGraduateIds: [eligible.id],
        }),
      );
      expect(await servicesOf(eligible.id)).toHaveLength(1);
      expect(await servicesOf(older.id)).toEqual([]);
    });

    it('409 event-not-started for an event still ahead', async () => {
      const event = await create(head.token, { startsAt: at(2) });
      expectProblem(
        await post(head.token, `/events/${event.id}/hold`, {
          version: event.version,
          presentGraduateIds: [mine.id],
        }),
        409,
        'event-not-started',
      );
    });

    it('409 participants-hidden when the specialist cannot see every participant', async () => {
      const event = await create(head.token, { participantIds: [mine.id, theirs.id] });
      expectProblem(
        await post(specialist.token, `/events/${event.id}/hold`, {
          version: event.version,
          presentGraduateIds: [mine.id],
        }),
        409,
        'participants-hidden',
      );
    });

    it('400 for nobody present, someone who is not a participant, or no version', async () => {
      const event = await create(head.token);
      const path = `/events/${event.id}/hold`;
      expectInvalid(
        await post(head.token, path, { version: 1, presentGraduateIds: [] }),
        'presentGraduateIds',
      );
      expectInvalid(
        await post(head.token, path, { version: 1, presentGraduateIds: [theirs.id] }),
        'presentGraduateIds',
      );
      expectInvalid(
        await post(head.token, path, { version: 1, presentGraduateIds: [mine.id, mine.id] }),
        'presentGraduateIds',
      );
      expectInvalid(await post(head.token, path, { presentGraduateIds: [mine.id] }), 'version');
      expect(bodyOf(await get(head.token, `/events/${event.id}`)).status).toBe('scheduled');
    });

    it('404 for another institution; 409 stale-version; 401; 403 for a supervisor', async () => {
      const event = await create(head.token);
      const path = `/events/${event.id}/hold`;
      const body = { version: 1, presentGraduateIds: [mine.id] };
      expectProblem(await post(strangerHead.token, path, body), 404);
      expectProblem(await post(head.token, path, { ...body, version: 2 }), 409, 'stale-version');
      expectProblem(await api().post(`/api${path}`).send(body), 401);
      expectProblem(await post(supervisor.token, path, body), 403);
      expectProblem(await post(curator.token, path, body), 404);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('the list', () => {
    let islandHead: TestUser;
    let lateEvening: GroupEvent;
    let morning: GroupEvent;

    beforeAll(async () => {
      // Kiritimati is UTC+14: 11:00 UTC is already 01:00 of the next day there.
      const island = (await createInstitution({ timeZone: KIRITIMATI })).id;
      islandHead = await createUser('head', island, 'Руководитель Острова');
      const graduate = await createGraduate(islandHead.token);
      lateEvening = bodyOf(
        await post(islandHead.token, '/events', {
          ...valid({ participantIds: [graduate.id] }),
          kind: 'evening',
          startsAt: '2027-01-10T11:00:00Z',
        }),
        201,
      );
      morning = bodyOf(
        await post(islandHead.token, '/events', {
          ...valid({ participantIds: [] }),
          kind: 'excursion',
          startsAt: '2027-01-09T20:00:00Z',
        }),
        201,
      );
    });

    const list = async (query: object) =>
      bodyOf<Page<GroupEvent>>(await get(islandHead.token, '/events', query));

    it('counts days in the institution’s zone', async () => {
      expect(lateEvening.day).toBe('2027-01-11');
      expect(morning.day).toBe('2027-01-10');
      const eleventh = await list({ from: '2027-01-11', to: '2027-01-11' });
      expect(eleventh.items.map((e) => e.id)).toEqual([lateEvening.id]);
      const tenth = await list({ from: '2027-01-10', to: '2027-01-10' });
      expect(tenth.items.map((e) => e.id)).toEqual([morning.id]);
      const both = await list({ from: '2027-01-10', to: '2027-01-11' });
      expect(both).toMatchObject({ total: 2 });
      expect(both.items.map((e) => e.id)).toEqual([lateEvening.id, morning.id]);
    });

    it('filters by kind and pages; counts participants without naming them', async () => {
      const evenings = await list({ kind: 'evening' });
      expect(evenings.items.map((e) => e.id)).toEqual([lateEvening.id]);
      expect(evenings.items[0]).toMatchObject({ participantCount: 1, presentCount: 0 });
      expect(evenings.items[0]).not.toHaveProperty('participants');
      const first = await list({ pageSize: 1, page: 2 });
      expect(first).toMatchObject({ total: 2, page: 2, pageSize: 1 });
      expect(first.items.map((e) => e.id)).toEqual([morning.id]);
    });

    it('another institution lists none of them', async () => {
      const other = bodyOf<Page<GroupEvent>>(
        await get(head.token, '/events', { from: '2027-01-09', to: '2027-01-11' }),
      );
      expect(other.items.map((e) => e.id)).not.toContain(lateEvening.id);
    });

    it('400 for an unknown kind, a bad day, a period ending before it starts; 401; 403', async () => {
      expectInvalid(await get(islandHead.token, '/events', { kind: 'party' }), 'kind');
      expectInvalid(await get(islandHead.token, '/events', { from: '10.01.2027' }), 'from');
      expectInvalid(
        await get(islandHead.token, '/events', { from: '2027-01-11', to: '2027-01-10' }),
        'to',
      );
      expectInvalid(await get(islandHead.token, '/events', { pageSize: 1000 }), 'pageSize');
      expectProblem(await api().get('/api/events'), 401);
      expectProblem(await get(curator.token, '/events'), 404);
    });
  });
});
