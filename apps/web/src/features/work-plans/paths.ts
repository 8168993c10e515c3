/** The «План работы» section: the list of the institution's plans by year. */
export const WORK_PLANS_PATH = '/work-plans';

/** The list showing one year's plans. */
export const workPlansOfYearPath = (year: number) => `${WORK_PLANS_PATH}?year=${year}`;

/** One plan: its sections and items, approval and marks. */
export const workPlanPath = (id: string) => `${WORK_PLANS_PATH}/${encodeURIComponent(id)}`;
