import { ConfigProvider } from 'antd';
import { Outlet } from 'react-router';

/** Made for a phone: every control a size larger, easy to hit with a thumb (dialogs too). */
export function ThumbSized() {
  return (
    <ConfigProvider componentSize="large">
      <Outlet />
    </ConfigProvider>
  );
}
