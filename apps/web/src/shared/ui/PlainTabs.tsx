import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './plain-tabs.css';

export interface PlainTab<Key extends string> {
  key: Key;
  label: ReactNode;
}

/**
 * A tab bar in Ant Design's look, in plain markup (WAI-ARIA tabs): the arrow keys, Home and
 * End move between the tabs and choose them; the panel below is the children.
 */
export function PlainTabs<Key extends string>({
  tabs,
  active,
  onChange,
  children,
}: {
  tabs: PlainTab<Key>[];
  active: Key;
  onChange: (key: Key) => void;
  children: ReactNode;
}) {
  const id = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const tabId = (key: Key) => `${id}-tab-${key}`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.key === active);
    const next = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = (next + tabs.length) % tabs.length;
    onChange(tabs[target].key);
    buttons.current[target]?.focus();
  };

  return (
    <>
      <div className="plain-tabs" role="tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            ref={(button) => {
              buttons.current[index] = button;
            }}
            type="button"
            role="tab"
            id={tabId(tab.key)}
            aria-selected={tab.key === active}
            aria-controls={`${id}-panel`}
            tabIndex={tab.key === active ? 0 : -1}
            className="plain-tabs__tab"
            onClick={() => onChange(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        className="plain-tabs__panel"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={tabId(active)}
      >
        {children}
      </div>
    </>
  );
}
