/** The «Кураторы» section: candidates and curators, and the training sessions. */
export const CURATORS_PATH = '/curators';

/** The section with one curator's card open (`?curator=`). */
export const curatorPath = (curatorId: string) =>
  `${CURATORS_PATH}?curator=${encodeURIComponent(curatorId)}`;

/** The «Обучение» view of the section. */
export const trainingViewPath = () => `${CURATORS_PATH}?view=training`;
