import { Flex, Image, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePhotoSource } from './usePhotoSource';

/** A photo of the file, loaded with the session's credentials. */
export function PhotoImage({
  graduateId,
  fileId,
  alt,
  height,
}: {
  graduateId: string;
  fileId: string;
  alt: string;
  height: number;
}) {
  const { t } = useTranslation('graduates');
  const { src, error } = usePhotoSource(graduateId, fileId);
  if (error) return <Typography.Text type="danger">{t('photos.loadFailed')}</Typography.Text>;
  if (!src)
    return (
      <Flex align="center" justify="center" style={{ height }}>
        <Spin />
      </Flex>
    );
  return (
    <Image
      src={src}
      alt={alt}
      height={height}
      style={{ objectFit: 'contain', maxWidth: '100%' }}
      data-testid="graduate-photo"
    />
  );
}
