import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { messengerHref, telHref, type MyGraduate } from './vocabulary';

/** How to reach the graduate: a big call button per phone, then the messengers. */
export function ReachLinks({ graduate }: { graduate: Pick<MyGraduate, 'phones' | 'messengers'> }) {
  const { t } = useTranslation('curatorPortal');
  if (!graduate.phones.length && !graduate.messengers.length)
    return <Typography.Text type="secondary">{t('graduate.noContacts')}</Typography.Text>;
  return (
    <Flex vertical gap={8}>
      {graduate.phones.map((phone) => (
        <Button key={phone} size="large" block href={telHref(phone)} data-testid="graduate-phone">
          {t('graduate.callShort')} {phone}
        </Button>
      ))}
      {graduate.messengers.map((messenger) => {
        const href = messengerHref(messenger);
        return href ? (
          <a
            key={messenger}
            href={href}
            target="_blank"
            rel="noreferrer"
            style={{ padding: '6px 0', wordBreak: 'break-all' }}
          >
            {messenger}
          </a>
        ) : (
          <Typography.Text key={messenger} style={{ wordBreak: 'break-all' }}>
            {messenger}
          </Typography.Text>
        );
      })}
    </Flex>
  );
}
