import i18n from 'i18next';

/**
 * Ant Design names the clear button of a select «Clear» whatever the locale (its
 * `allowClear` drops the label rc-select would take), and the clear button of an input has
 * no name but its icon's, «close-circle». Screen readers would read English in a Russian
 * interface; until antd passes a label through, each such button gets the interface's word
 * as it appears (and again when the language changes).
 */
const UNNAMED_CLEAR_BUTTONS = 'button.ant-select-clear, button.ant-input-clear-icon';

const clearWord = () => i18n.t('a11y.clear', { defaultValue: 'Очистить' });

function name(root: ParentNode) {
  const word = clearWord();
  for (const button of root.querySelectorAll<HTMLButtonElement>(UNNAMED_CLEAR_BUTTONS)) {
    if (button.getAttribute('aria-label') !== word) button.setAttribute('aria-label', word);
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
