import { CURATOR_STATUS_LABELS as STATUS_LABELS, russianWords } from '@postcare/domain';
import { TransitionTable } from '../common/lifecycle/lifecycle';
import { CuratorStatus } from './curator.entity';

/** Russian words as messages print them (capitalised); codes and words live in @postcare/domain. */
export const CURATOR_STATUS_LABELS = russianWords(STATUS_LABELS, { capitalised: true });

export type CuratorAction =
  'complete-training' | 'reopen-training' | 'approve' | 'activate' | 'pause' | 'resume' | 'leave';

/**
 * candidate → trained (the required hours attended) → approved (by the head) → active (the
 * first graduate assigned) ⇄ paused → left; anyone may leave before that as well.
 */
export const CURATOR_LIFECYCLE: TransitionTable<CuratorStatus, CuratorAction> = {
  'complete-training': { from: [CuratorStatus.Candidate], to: CuratorStatus.Trained },
  'reopen-training': { from: [CuratorStatus.Trained], to: CuratorStatus.Candidate },
  approve: { from: [CuratorStatus.Trained], to: CuratorStatus.Approved },
  activate: { from: [CuratorStatus.Approved], to: CuratorStatus.Active },
  pause: { from: [CuratorStatus.Active], to: CuratorStatus.Paused },
  resume: { from: [CuratorStatus.Paused], to: CuratorStatus.Active },
  leave: {
    from: [
      CuratorStatus.Candidate,
      CuratorStatus.Trained,
      CuratorStatus.Approved,
      CuratorStatus.Active,
      CuratorStatus.Paused,
    ],
    to: CuratorStatus.Left,
  },
};

/** Curators who may be given graduates, activities and case-log entries. */
export const WORKING_CURATOR = [CuratorStatus.Approved, CuratorStatus.Active];

/** Curators whose account sees their graduates. */
export const CURATOR_WITH_ACCESS = CuratorStatus.Active;

export { fullNameOf } from '../common/person-name';
