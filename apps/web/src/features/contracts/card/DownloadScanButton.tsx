import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import { downloadContractScan } from '../contractFiles';
import type { Contract } from '../vocabulary';

/** Downloads the signed scan with the session's credentials. */
export function DownloadScanButton({ contract }: { contract: Pick<Contract, 'id' | 'number'> }) {
  const { t } = useTranslation('contracts');
  const notifyProblem = useProblemNotice();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      await downloadContractScan(contract);
    } catch (error) {
      notifyProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button type="link" size="small" loading={busy} onClick={() => void download()}>
      {t('actions.downloadScan')}
    </Button>
  );
}
