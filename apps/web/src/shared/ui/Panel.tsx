import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * A framed surface like antd's Card without its tabs, loading skeleton and menus, which
 * would otherwise ride along on pages that must load fast (the login page).
 */
export function Panel({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  const { token } = theme.useToken();
  return (
    <div
      style={{
        background: token.colorBgContainer,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        padding: token.paddingLG,
        ...style,
      }}
    >
      {children}
    </div>
  );
}
