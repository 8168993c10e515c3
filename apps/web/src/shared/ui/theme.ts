import type { ThemeConfig } from 'antd';
// The keyboard focus ring of every link, button, menu row and tab.
import './focus.css';
// Ant Design's clear and «more tabs» buttons named in the interface's language.
import './controlLabels';

/**
 * People who ask their system for less motion get dialogs and drawers that appear at once
 * (WCAG 2.3.3); everyone else gets Ant Design's animations.
 */
const reducedMotion =
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The product's Ant Design theme. Ant Design's default greys for secondary text (#8c8c8c),
 * placeholders and empty tables (#bfbfbf) and its red (#ff4d4f) read at 1.8–3.4:1 on white
 * and on the grey page background; WCAG 1.4.3 asks for 4.5:1. These darker shades keep the
 * look (still visibly quieter than body text) and pass on both #fff and #f5f5f5.
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1f6f8b',
    colorInfo: '#1f6f8b',
    // 6.4:1 on #f5f5f5, 7:1 on #fff.
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    // Placeholders and «no data» hints: 4.9:1 on #f5f5f5.
    colorTextPlaceholder: '#666666',
    colorError: '#c8102e',
    colorSuccess: '#2e7d32',
    colorWarning: '#a15c00',
    // The warning alert's background and border, which antd derives from the dark warning
    // shade as a grey beige (#e0daca) that links read on at 4.1:1; orange-1 gives 5.4:1.
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffd591',
    colorLink: '#1f6f8b',
    borderRadius: 6,
    motion: !reducedMotion,
  },
  components: {
    // Coloured tags print their colour's 7th shade on its 1st; for the light hues that is
    // 2.7–3.4:1, so they take a darker shade of the same hue (4.5:1 or more).
    Tag: {
      green7: '#237804',
      lime7: '#3f6600',
      gold7: '#874d00',
      yellow7: '#7c6300',
      orange7: '#873800',
      volcano7: '#ad2102',
      cyan7: '#006d75',
    },
    // Empty tables print «Нет данных» in the disabled grey: make it readable.
    Table: { colorTextDisabled: '#666666' },
    Empty: { colorTextDescription: '#595959', colorTextDisabled: '#666666' },
  },
};
