/** The settings page of an institution (heads: their own; administrators: any). */
export const institutionSettingsPath = (id: string) => `/institutions/${id}/settings`;
