import { lazy, type ComponentType } from 'react';

/**
 * A page whose code is fetched the first time its route opens, so the first load carries
 * only the pages it shows. `name` is the page's named export in its module. The loading
 * state is the Suspense boundary around the routes (AppLayout, App).
 */
export function lazyPage<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
