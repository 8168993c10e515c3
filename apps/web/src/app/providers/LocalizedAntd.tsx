import { App as AntdApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import ruRU from 'antd/locale/ru_RU';
import type { ReactNode } from 'react';
import type { Language } from '../../shared/i18n/language';
import { useLanguage } from '../../shared/i18n/useLanguage';

const ANTD_LOCALES = { ru: ruRU, en: enUS } satisfies Record<Language, unknown>;

/**
 * People who ask their system for less motion get dialogs and drawers that appear at once
 * (WCAG 2.3.3); everyone else gets Ant Design's animations.
 */
const reducedMotion =
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1f6f8b',
    colorInfo: '#1f6f8b',
    borderRadius: 6,
    motion: !reducedMotion,
  },
};

/** Ant Design in the interface language (pickers, pagination, confirmations). */
export function LocalizedAntd({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={THEME}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
