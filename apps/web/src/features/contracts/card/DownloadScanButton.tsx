import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../shared/files/DownloadButton';
import { downloadContractScan } from '../contractFiles';
import type { Contract } from '../vocabulary';

/** Downloads the signed scan with the session's credentials. */
export function DownloadScanButton({ contract }: { contract: Pick<Contract, 'id' | 'number'> }) {
  const { t } = useTranslation('contracts');
  return (
    <DownloadButton type="link" save={() => downloadContractScan(contract)}>
      {t('actions.downloadScan')}
    </DownloadButton>
  );
}
