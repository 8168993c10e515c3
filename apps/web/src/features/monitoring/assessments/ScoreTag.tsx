import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isScore, SCORE_COLORS } from '../vocabulary';

/** A score with its meaning, e.g. «1 · Кризис» in red. */
export function ScoreTag({ score }: { score: number }) {
  const { t } = useTranslation('monitoring');
  if (!isScore(score)) return <Tag>{score}</Tag>;
  return (
    <Tag color={SCORE_COLORS[score]} data-testid="score-tag" style={{ marginInlineEnd: 0 }}>
      {score} · {t(`scores.${score}`)}
    </Tag>
  );
}

/**
 * A change of score with its sign and direction: «▲ +2», «▼ −1», «без изменений»; the
 * words («лучше на 2») are its title. Takes the surrounding font size.
 */
export function ChangeValue({ value }: { value: number | null | undefined }) {
  const { t } = useTranslation('monitoring');
  const style = { fontSize: 'inherit' };
  if (value === null || value === undefined) {
    return (
      <Typography.Text type="secondary" style={style}>
        {t('common.none')}
      </Typography.Text>
    );
  }
  if (value === 0)
    return (
      <Typography.Text type="secondary" style={style}>
        {t('assessment.noChange')}
      </Typography.Text>
    );
  const count = Math.abs(value);
  return (
    <Typography.Text
      style={style}
      type={value > 0 ? 'success' : 'danger'}
      title={t(value > 0 ? 'assessment.changeUp' : 'assessment.changeDown', { count })}
    >
      {value > 0 ? `▲ +${count}` : `▼ −${count}`}
    </Typography.Text>
  );
}
