import { App } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemNotice } from '../ui/useProblemNotice';

/** Resolves to the name the file was saved under (or nothing when it has none to tell). */
export type SaveFile = () => Promise<string | void>;

/**
 * Runs a download (an export, a printable document, a scan) the way every button of the
 * app does: one at a time, `busy` naming the one running (for the button's spinner and the
 * others' disabled state), «Готовим файл…» while the server renders it, then the saved
 * file's name or what the API refused.
 */
export function useDownload<Key extends string = string>() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const [busy, setBusy] = useState<Key | null>(null);
  // A second click before React re-rendered the disabled button starts nothing.
  const running = useRef(false);

  const start = async (key: Key, save: SaveFile): Promise<void> => {
    if (running.current) return;
    running.current = true;
    setBusy(key);
    const hide = message.loading(t('files.preparing'), 0);
    try {
      const name = await save();
      hide();
      void message.success(name ? t('files.saved', { name }) : t('files.savedUnnamed'));
    } catch (error) {
      hide();
      notifyProblem(error);
    } finally {
      running.current = false;
      setBusy(null);
    }
  };

  return { busy, start };
}
