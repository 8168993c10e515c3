import type { components } from '@postcare/api-client';

/** «Моя работа»: the home page of daily work. */
export const MY_WORK_PATH = '/my-work';

type ListLink = components['schemas']['MyWorkLinkDto'];

/** The address of the list a count opens, as the API names it (path and URL filters). */
export function hrefOf({ path, query }: ListLink): string {
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}
