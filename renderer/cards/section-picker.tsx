import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../dialogs/modal';
import { textSectionsOfDraft } from '../editor/insert-blocks';

/**
 * Chooses a text section of the open draft: a list moved through with ↑ ↓ (Home, End) and chosen
 * with Enter or a click; Escape cancels (the modal's own cancel).
 */
export function SectionPicker({ title, onPick, onCancel }: { title: string; onPick: (sectionId: string) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const sections = textSectionsOfDraft();
  const [index, setIndex] = useState(0);
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: sections.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      setIndex(Math.max(0, Math.min(sections.length - 1, moves[e.key]!)));
    } else if (e.key === 'Enter' && sections[index]) {
      e.preventDefault();
      onPick(sections[index].id);
    }
  };
  const active = sections[index];
  return (
    <Modal title={title} onClose={onCancel} className="kp-section-picker">
      <p className="kp-muted">{t('reuse.tray.pickerHint')}</p>
      <ul role="listbox" tabIndex={0} data-autofocus aria-label={title} aria-activedescendant={active ? `kp-pick-${active.id}` : undefined} onKeyDown={onKeyDown}>
        {sections.map((s, i) => (
          <li key={s.id} id={`kp-pick-${s.id}`} role="option" aria-selected={i === index} data-kp-pick={s.id}
            className={i === index ? 'active' : undefined} onClick={() => onPick(s.id)} onMouseMove={() => setIndex(i)}>
            {s.title[lang]}
          </li>
        ))}
      </ul>
      <div className="kp-dialog-actions"><button type="button" onClick={onCancel}>{t('dialogs.cancel')}</button></div>
    </Modal>
  );
}
