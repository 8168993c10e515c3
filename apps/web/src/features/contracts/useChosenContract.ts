import { useSearchParams } from 'react-router';
import { CONTRACT_PARAM } from './paths';
import { useGraduateContracts } from './useContracts';
import { currentContractOf } from './vocabulary';

/**
 * The contract a graduate's card shows on its «Договор» and «План» tabs: the one named in
 * the address, else the current one (active, else the newest draft).
 */
export function useChosenContract(graduateId: string) {
  const [params, setParams] = useSearchParams();
  const contracts = useGraduateContracts(graduateId);
  const items = contracts.data?.items ?? [];
  const current = currentContractOf(items);
  const chosenId = params.get(CONTRACT_PARAM) ?? current?.id;

  const choose = (id: string | null) =>
    setParams(
      (before) => {
        const next = new URLSearchParams(before);
        if (id) next.set(CONTRACT_PARAM, id);
        else next.delete(CONTRACT_PARAM);
        return next;
      },
      { replace: true },
    );

  return {
    /** Every contract of the graduate, newest first. */
    items,
    isLoading: contracts.isLoading,
    error: contracts.error,
    current,
    chosenId,
    choose,
  };
}
