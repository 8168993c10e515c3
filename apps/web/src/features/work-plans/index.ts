/**
 * The work plans feature (000 §8.2, 001 §8.1): what the app wires in.
 * - `workPlansRoutes`: the «План работы» section at /work-plans
 */
export { workPlansRoutes } from './routes';
