import { EntityManager } from 'typeorm';

/** Marks a destroyed personal file: its name becomes this, plus the file number. */
export const DESTROYED_NAME = 'Уничтожено';

/** The short number a personal file is known by in acts and lists. */
export const fileNumberOf = (graduateId: string) => graduateId.slice(0, 8).toUpperCase();

/**
 * Destroys the personal data of the given files irreversibly (152-FZ Art. 21 p. 7), inside
 * the caller's transaction. What stays are the facts without a person: dates, kinds,
 * statuses, durations, sex and birth date of an unnamed file, so journals and live report
 * figures still count the help given. Submitted reports are frozen JSON of figures and are
 * not touched. Each statement names its table and the text it empties.
 */
const STATEMENTS: string[] = [
  `UPDATE graduates SET last_name = '${DESTROYED_NAME}',
     first_name = '№ ' || upper(left(id::text, 8)), patronymic = '',
     contacts = '{}', registration_address = '', actual_address = '', situation = '{}',
     origin_institution_name = '', status_reason = '',
     archived_at = COALESCE(archived_at, now())
   WHERE id = ANY($1)`,
  `UPDATE situation_records SET situation = '{}' WHERE graduate_id = ANY($1)`,
  `UPDATE graduate_relatives SET full_name = '${DESTROYED_NAME}', phones = '{}', email = '',
     address = '', note = '', archived_at = COALESCE(archived_at, now())
   WHERE graduate_id = ANY($1)`,
  `UPDATE graduate_identity_documents SET series = '', number = '${DESTROYED_NAME}', title = '',
     issued_by = '', issued_on = NULL, scan_file_id = NULL,
     archived_at = COALESCE(archived_at, now())
   WHERE graduate_id = ANY($1)`,
  `UPDATE graduate_files SET content = ''::bytea, size_bytes = 0, title = '',
     file_name = '${DESTROYED_NAME}', archived_at = COALESCE(archived_at, now())
   WHERE graduate_id = ANY($1)`,
  `UPDATE appeals SET description = '', outcome = '', referred_to = '' WHERE graduate_id = ANY($1)`,
  `UPDATE aid_services SET result = '' WHERE graduate_id = ANY($1)`,
  `UPDATE contracts SET legal_representative = '', conditions = '', end_reason_text = ''
   WHERE graduate_id = ANY($1)`,
  `UPDATE plan_activities SET title = '${DESTROYED_NAME}', description = '', result = '',
     cancel_reason = '', moves = '[]'
   WHERE plan_id IN (SELECT id FROM support_plans WHERE graduate_id = ANY($1))`,
  `UPDATE plan_revisions SET reason = '',
     snapshot = jsonb_build_object('periodFrom', snapshot->'periodFrom',
       'periodTo', snapshot->'periodTo', 'goals', '[]'::jsonb, 'activities', '[]'::jsonb)
   WHERE plan_id IN (SELECT id FROM support_plans WHERE graduate_id = ANY($1))`,
  `UPDATE support_plans SET goals = '[]', review_comment = '' WHERE graduate_id = ANY($1)`,
  `UPDATE assessments SET correction_reason = '' WHERE graduate_id = ANY($1)`,
  `UPDATE independence_milestones SET note = '' WHERE graduate_id = ANY($1)`,
  `UPDATE case_contacts SET summary = '', next_steps = '', attendance = '', results = '',
     counterpart_view = ''
   WHERE graduate_id = ANY($1)`,
  `UPDATE guardianship_notices SET finding = '', measures = '', answer_text = '',
     cancel_reason = ''
   WHERE graduate_id = ANY($1)`,
  `UPDATE referrals SET purpose = '', result = '' WHERE graduate_id = ANY($1)`,
  `UPDATE exception_orders SET grounds = '', decision_comment = '', ordered_by_name = ''
   WHERE graduate_id = ANY($1)`,
  `UPDATE curator_assignments SET goal = '', end_reason = '' WHERE graduate_id = ANY($1)`,
  `UPDATE curator_consultations SET topic = '', notes = '' WHERE graduate_id = ANY($1)`,
  `UPDATE subject_requests SET requester = '', notes = '', answer = ''
   WHERE graduate_id = ANY($1)`,
  // Notification titles name the graduate; they point at the file or at its records.
  `UPDATE notifications SET title = '${DESTROYED_NAME}'
   WHERE entity_id = ANY($1)
      OR entity_id IN (SELECT id FROM appeals WHERE graduate_id = ANY($1))
      OR entity_id IN (SELECT id FROM support_plans WHERE graduate_id = ANY($1))
      OR entity_id IN (SELECT a.id FROM plan_activities a
                       JOIN support_plans p ON p.id = a.plan_id WHERE p.graduate_id = ANY($1))
      OR entity_id IN (SELECT id FROM guardianship_notices WHERE graduate_id = ANY($1))`,
];

export async function destroyPersonalData(
  manager: EntityManager,
  graduateIds: string[],
): Promise<void> {
  for (const sql of STATEMENTS) await manager.query(sql, [graduateIds]);
}
