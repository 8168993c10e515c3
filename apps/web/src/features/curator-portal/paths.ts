/** A volunteer curator's home: the graduates assigned to them today. */
export const MY_GRADUATES_PATH = '/my-graduates';

/** One of them: activities, the curator's own contact log. */
export const myGraduatePath = (graduateId: string) =>
  `${MY_GRADUATES_PATH}/${encodeURIComponent(graduateId)}`;
