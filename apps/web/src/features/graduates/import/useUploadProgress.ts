import { useEffect, useState } from 'react';

const STEP_MS = 200;

/**
 * An estimated progress for a request whose real progress is unknown: it creeps towards
 * 90 % while the request runs and jumps to 100 % once it is answered.
 */
export function useUploadProgress(running: boolean): number {
  const [percent, setPercent] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = setTimeout(() => setPercent(5), 0);
    const timer = setInterval(
      () => setPercent((current) => Math.min(90, current + Math.max(1, (90 - current) / 8))),
      STEP_MS,
    );
    return () => {
      clearTimeout(started);
      clearInterval(timer);
      setTimeout(() => setPercent(100), 0);
    };
  }, [running]);
  return Math.round(percent);
}
