import { Modal } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type BlockerFunction } from 'react-router';

/**
 * Asks before leaving a form with unsaved changes: a confirmation inside the app (another
 * page of the menu, the back button) and the browser's own question on reload or closing
 * the tab. `allowLeaving()` lets a successful save navigate away at once (before React has
 * re-rendered with the form clean). `enabled: false` for a form inside another that guards.
 */
export function useUnsavedChangesGuard(
  dirty: boolean,
  enabled = true,
): { guard: ReactNode; allowLeaving: () => void } {
  const released = useRef(false);
  const asking = enabled && dirty;
  useEffect(() => {
    if (dirty) released.current = false;
  }, [dirty]);

  useEffect(() => {
    if (!asking) return;
    const ask = (event: BeforeUnloadEvent) => {
      if (released.current) return;
      event.preventDefault();
      // Older browsers show the question only with a returnValue set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [asking]);

  return {
    // The router keeps one blocker: only a guarding form may register it.
    guard: enabled ? <LeaveConfirmation dirty={dirty} released={released} /> : null,
    allowLeaving: () => (released.current = true),
  };
}

function LeaveConfirmation({ dirty, released }: { dirty: boolean; released: RefObject<boolean> }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    useCallback<BlockerFunction>(
      ({ currentLocation, nextLocation }) =>
        dirty &&
        !released.current &&
        // Tabs and filters of the same page keep the form.
        currentLocation.pathname !== nextLocation.pathname,
      [dirty, released],
    ),
  );
  return (
    <Modal
      open={blocker.state === 'blocked'}
      title={t('unsaved.title')}
      okText={t('unsaved.leave')}
      cancelText={t('unsaved.stay')}
      okButtonProps={{ danger: true }}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
      data-testid="unsaved-changes-dialog"
    >
      {t('unsaved.body')}
    </Modal>
  );
}

/**
 * The guard of a form that stays on its page after saving (settings, a tab of a card):
 * anything typed since the last save asks before leaving. Pass `onValuesChange` to the
 * form and call `markSaved()` when the save succeeded.
 */
export function useFormChangesGuard(): {
  guard: ReactNode;
  dirty: boolean;
  onValuesChange: () => void;
  markSaved: () => void;
  allowLeaving: () => void;
} {
  const [dirty, setDirty] = useState(false);
  // Registered only while there is something to lose: the router keeps one blocker.
  const { guard, allowLeaving } = useUnsavedChangesGuard(dirty, dirty);
  return {
    guard,
    dirty,
    onValuesChange: useCallback(() => setDirty(true), []),
    markSaved: useCallback(() => setDirty(false), []),
    allowLeaving,
  };
}
