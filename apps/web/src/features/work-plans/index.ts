/**
 * The work plans feature (000 §8.2, 001 §8.1): what the app wires in.
 * - `workPlansRoutes`: the «План работы» section at /work-plans and /work-plans/:id
 */
export { workPlansRoutes } from './routes';
export { WORK_PLANS_PATH, workPlanPath } from './paths';
