import { GRADUATE_FILE_KIND_LABELS } from '@postcare/domain';
import type { Schemas } from '@postcare/api-client';
import { Alert, Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { useConsents } from '../consents/useConsents';
import { formatDate } from '../format';
import { ArchiveFileButton } from './ArchiveFileButton';
import { PhotoImage } from './PhotoImage';
import { UploadFileModal } from './UploadFileModal';
import { useGraduateFiles } from './useGraduateFiles';

const PHOTO_KINDS = ['portrait', 'full_height'] as const;

/** «Фото»: the portrait and the full-height photo of the personal file (000 §8.3). */
export function PhotosTab({ graduate }: { graduate: Schemas['GraduateDto'] }) {
  const { t } = useTranslation('graduates');
  const labelOf = useLabel();
  const { can } = usePermissions();
  const [uploading, setUploading] = useState(false);
  const files = useGraduateFiles(graduate.id);
  const consents = useConsents(graduate.id);
  const photosAllowed = (consents.data ?? []).some((c) => c.current && c.allowsPhoto);
  const writable = can('graduates.write') && !graduate.archived;

  return (
    <Flex vertical gap={16}>
      {consents.data && !photosAllowed && (
        <Alert
          type="info"
          showIcon
          title={t('photos.needsConsent')}
          description={t('photos.needsConsentHint')}
        />
      )}
      {writable && (
        <Flex justify="end">
          <Button type="primary" disabled={!photosAllowed} onClick={() => setUploading(true)}>
            {t('photos.upload')}
          </Button>
        </Flex>
      )}
      <ProblemAlert error={files.error} />
      {PHOTO_KINDS.map((kind) => {
        const photos = (files.data ?? []).filter((file) => file.kind === kind);
        return (
          <Flex key={kind} vertical gap={8}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {labelOf(GRADUATE_FILE_KIND_LABELS, kind)}
            </Typography.Title>
            {photos.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('photos.none')} />
            ) : (
              <Flex wrap gap={16}>
                {photos.map((photo) => (
                  <Card
                    key={photo.id}
                    size="small"
                    style={{ width: kind === 'portrait' ? 220 : 260 }}
                    cover={
                      <PhotoImage
                        graduateId={graduate.id}
                        fileId={photo.id}
                        alt={photo.title || labelOf(GRADUATE_FILE_KIND_LABELS, kind)}
                        height={kind === 'portrait' ? 260 : 360}
                      />
                    }
                  >
                    <Flex vertical gap={4}>
                      <Typography.Text ellipsis>{photo.title || photo.fileName}</Typography.Text>
                      <Typography.Text type="secondary">
                        {t('photos.uploadedOn', { date: formatDate(photo.createdAt) })}
                      </Typography.Text>
                      {writable && (
                        <Space size={0}>
                          <ArchiveFileButton graduateId={graduate.id} file={photo} />
                        </Space>
                      )}
                    </Flex>
                  </Card>
                ))}
              </Flex>
            )}
          </Flex>
        );
      })}
      {uploading && (
        <UploadFileModal
          graduateId={graduate.id}
          kinds={[...PHOTO_KINDS]}
          title={t('photos.upload')}
          onClose={() => setUploading(false)}
        />
      )}
    </Flex>
  );
}
