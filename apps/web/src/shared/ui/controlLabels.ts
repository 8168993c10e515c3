import i18n from 'i18next';

/**
 * Ant Design names some of its buttons in English whatever the locale: a select's clear
 * button «Clear» (its `allowClear` drops the label rc-select would take), an input's clear
 * button only by its icon, «close-circle», and the «more tabs» button of a tab bar that does
 * not fit, «expanded dropdown». Screen readers would read English in a Russian interface;
 * until antd passes labels through, each such button gets the interface's word as it
 * appears (and again when the language changes).
 */
const LABELS: { selector: string; label: () => string }[] = [
  {
    selector: 'button.ant-select-clear, button.ant-input-clear-icon',
    label: () => i18n.t('a11y.clear', { defaultValue: 'Очистить' }),
  },
  {
    selector: 'button.ant-tabs-nav-more',
    label: () => i18n.t('a11y.moreTabs', { defaultValue: 'Ещё вкладки' }),
  },
];

function name(root: ParentNode) {
  for (const { selector, label } of LABELS) {
    const word = label();
    for (const button of root.querySelectorAll(selector)) {
      if (button.getAttribute('aria-label') !== word) button.setAttribute('aria-label', word);
    }
  }
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  let pending = false;
  // Batched per frame: a page renders many nodes at once, the names are set once.
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      name(document);
    });
  };
  new MutationObserver(schedule).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
  i18n.on('languageChanged', schedule);
}
