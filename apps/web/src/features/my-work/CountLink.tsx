import { Flex, Typography, theme } from 'antd';
import { Link } from 'react-router';
import { hrefOf } from './paths';
import type { MyWorkCount } from './useMyWork';

interface CountLinkProps {
  label: string;
  count: MyWorkCount;
  /** Past a deadline: red while there is any. */
  overdue?: boolean;
  testId: string;
}

/**
 * One count as a row that opens its list: the whole row is the link, so it is easy to hit
 * on a phone. Nothing waiting shows muted; overdue work shows red.
 */
export function CountLink({ label, count, overdue = false, testId }: CountLinkProps) {
  const { token } = theme.useToken();
  const none = count.count === 0;
  const color = none ? token.colorTextTertiary : overdue ? token.colorError : token.colorLink;
  // The link's name is the text people see (label, then number), as speech input expects.
  return (
    <Link
      to={hrefOf(count.link)}
      aria-label={`${label} ${count.count}`}
      data-testid={testId}
      data-count={count.count}
      style={{ display: 'block', color: 'inherit', paddingBlock: 6 }}
    >
      <Flex justify="space-between" align="center" gap={12}>
        {/* The trailing space makes the visible text read as the link’s name. */}
        <Typography.Text type={none ? 'secondary' : undefined}>{`${label} `}</Typography.Text>
        <span
          style={{
            color,
            fontSize: 22,
            fontWeight: none ? 400 : 600,
            lineHeight: 1.2,
            fontVariantNumeric: 'tabular-nums',
          }}
        >
          {count.count}
        </span>
      </Flex>
    </Link>
  );
}
