import { Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSessionStatus } from '../../shared/auth/useSessionStatus';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { Panel } from '../../shared/ui/Panel';
import { useLogin } from './useLogin';
import { PageTitle } from '../../shared/ui/PageTitle';

interface Credentials {
  login: string;
  password: string;
}

/** Where to go after signing in: the page that sent the user here, or the start page. */
function useReturnPath(): string {
  const state: unknown = useLocation().state;
  const from = (state as { from?: { pathname?: string; search?: string } } | null)?.from;
  // Keep the query too: deep links carry filters and ids (/appeals/new?graduateId=…).
  return from?.pathname && from.pathname !== '/login' ? from.pathname + (from.search ?? '') : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const status = useSessionStatus();
  const returnPath = useReturnPath();
  const login = useLogin();

  if (status === 'signedIn') return <Navigate to={returnPath} replace />;

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap={16}
      style={{ minHeight: '100vh', padding: 16 }}
    >
      <Panel style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t('app.title')}</Typography.Text>
          <LanguageSwitch />
        </Flex>
        <PageTitle>{t('login.title')}</PageTitle>
        <Form<Credentials>
          layout="vertical"
          name="login"
          requiredMark={false}
          disabled={status === 'restoring'}
          onFinish={(body) => login.mutate({ body })}
        >
          <Form.Item
            label={t('login.login')}
            name="login"
            rules={[{ required: true, whitespace: true, message: t('login.loginRequired') }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {login.error && (
            <Form.Item>
              <ProblemAlert error={login.error} />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
      </Panel>
    </Flex>
  );
}
