import type { CSSProperties } from 'react';
import './spin-wheel.css';

/** A turning wheel, decorative: the wait's words are said next to it (role="status"). */
export function SpinWheel({ size = 24 }: { size?: number }) {
  return (
    <span
      className="spin-wheel"
      style={{ '--spin-wheel-size': `${size}px` } as CSSProperties}
      aria-hidden="true"
    />
  );
}
