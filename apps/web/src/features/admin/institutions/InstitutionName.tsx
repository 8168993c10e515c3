import { useInstitution } from './useInstitution';

/** The name of an institution known by id (loaded once, then cached); a dash for none. */
export function InstitutionName({ id }: { id: string | null }) {
  const { data } = useInstitution(id);
  if (!id) return <>—</>;
  return <>{data?.name}</>;
}
