/** Addresses of the appeals section, for links from elsewhere (the layout, the graduate card). */
export const APPEAL_JOURNAL_PATH = '/appeals';
export const REGISTER_APPEAL_PATH = '/appeals/new';

/** The wizard with the person already chosen (from the graduate's card). */
export const registerAppealFor = (graduateId: string) =>
  `${REGISTER_APPEAL_PATH}?graduateId=${encodeURIComponent(graduateId)}`;

/** The journal narrowed to one graduate. */
export const journalOf = (graduateId: string) =>
  `${APPEAL_JOURNAL_PATH}?graduateId=${encodeURIComponent(graduateId)}`;
