import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import ruRU from 'antd/locale/ru_RU';
import type { ReactNode } from 'react';
import type { Language } from '../../shared/i18n/language';
import { useLanguage } from '../../shared/i18n/useLanguage';
import { THEME } from '../../shared/ui/theme';

const ANTD_LOCALES = { ru: ruRU, en: enUS } satisfies Record<Language, unknown>;

/** Ant Design in the interface language (pickers, pagination, confirmations). */
export function LocalizedAntd({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={THEME}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
