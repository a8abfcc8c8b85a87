import { useTranslation } from 'react-i18next';
import type { Draft } from '../../core/draft/schema';
import { templateSections } from '../template';

type Node = { text?: unknown; type?: unknown; children?: unknown };

/** The text of a section as plain paragraphs: one per block, list items each their own, marks dropped. */
export function paragraphsOf(value: unknown): { text: string; item: boolean }[] {
  const out: { text: string; item: boolean }[] = [];
  const textOf = (n: Node): string => (typeof n.text === 'string' ? n.text : Array.isArray(n.children) ? n.children.map((c: Node) => textOf(c)).join('') : '');
  const walk = (nodes: unknown, item: boolean) => {
    if (!Array.isArray(nodes)) return;
    for (const n of nodes as Node[]) {
      if (n.type === 'bulleted-list' || n.type === 'numbered-list') walk(n.children, true);
      else if (typeof n.text !== 'string') out.push({ text: textOf(n), item: item || n.type === 'list-item' });
    }
  };
  walk(value, false);
  return out.filter((p) => p.text.trim() !== '');
}

/** A version's title and section text, read-only: plain paragraphs, nothing editable. */
export function VersionPreview({ draft }: { draft: Draft }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const sections = templateSections(draft.component).filter((s) => s.kind === 'text');
  return (
    <article className="kp-version-preview" data-kp-version-preview="">
      <h3>{draft.title.trim() || t('app.untitled')}</h3>
      {sections.map((s) => {
        const paragraphs = paragraphsOf(draft.sections[s.id]);
        return (
          <section key={s.id} data-kp-preview-section={s.id}>
            <h4>{s.title[lang]}</h4>
            {paragraphs.length === 0
              ? <p className="kp-muted">{t('versions.emptySection')}</p>
              : paragraphs.map((p, i) => <p key={i} className={p.item ? 'kp-preview-item' : undefined}>{p.text}</p>)}
          </section>
        );
      })}
    </article>
  );
}
