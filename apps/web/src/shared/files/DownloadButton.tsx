import { Button, type ButtonProps } from 'antd';
import type { ReactNode } from 'react';
import { useDownload, type SaveFile } from './useDownload';

/**
 * A button that saves a file the API renders or keeps: a spinner and no second click while
 * it runs, then a message with the file's name or the API's refusal.
 */
export function DownloadButton({
  save,
  children,
  type,
  size,
  disabled,
  testId,
}: {
  save: SaveFile;
  children: ReactNode;
  type?: ButtonProps['type'];
  size?: ButtonProps['size'];
  disabled?: boolean;
  testId?: string;
}) {
  const { busy, start } = useDownload();
  const running = busy !== null;
  return (
    <Button
      type={type}
      size={size ?? (type === 'link' ? 'small' : undefined)}
      loading={running}
      disabled={disabled || running}
      aria-busy={running}
      data-testid={testId}
      onClick={() => void start('file', save)}
    >
      {children}
    </Button>
  );
}
