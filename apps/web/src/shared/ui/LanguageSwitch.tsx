import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/language';
import { useLanguage } from '../i18n/useLanguage';

/** Each language is named in itself, so it can be found whatever the current one is. */
const LANGUAGE_OPTIONS: { value: Language; label: string }[] = [
  { value: 'ru', label: 'RU' },
  { value: 'en', label: 'EN' },
];

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('header.language')}
      data-testid="language-switch"
      options={LANGUAGE_OPTIONS}
      value={language}
      onChange={setLanguage}
    />
  );
}
