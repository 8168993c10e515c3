export default async function globalTeardown() {
  const state = globalThis.__postcare;
  if (!state) return;
  await state.api.stop();
  await state.database.drop();
  await state.server.stop();
}
