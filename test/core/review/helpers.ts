import { createEditor, Editor, Element, type Descendant, type Operation } from 'slate';
import type { Annotation, Anchor } from '../../../core/draft/annotation';
import { buildNewDraft } from '../../../core/draft/new-draft';
import type { RichText } from '../../../core/draft/rich-text';
import type { Draft } from '../../../core/draft/schema';
import { ApplicationTemplate } from '../../../core/template/schema';
import { applicationTemplates } from '../../../templates';
import { applyOpsToAnnotations } from '../../../core/review/transform-anchor';

/** A paragraph of plain and bold leaves: strings are plain, `{ b: 'x' }` is bold. */
export function para(...leaves: Array<string | { b: string }>): RichText[number] {
  return {
    type: 'paragraph',
    children: leaves.map((l) => (typeof l === 'string' ? { text: l } : { text: l.b, bold: true as const })),
  };
}

/** A headless Slate editor over a section value that records the operations it applies. */
export function recordingEditor(value: readonly unknown[]) {
  const editor = createEditor();
  editor.isInline = (el) => Element.isElement(el) && el.type === 'link';
  editor.children = structuredClone(value) as Descendant[];
  const ops: Operation[] = [];
  const apply = editor.apply;
  editor.apply = (op) => {
    ops.push(op);
    apply(op);
  };
  return {
    editor,
    /** Runs an edit and returns the annotations moved by the operations it produced. */
    edit(annotations: Annotation[], sectionId: string, change: (e: Editor) => void): Annotation[] {
      const before = editor.children;
      ops.length = 0;
      Editor.withoutNormalizing(editor, () => change(editor));
      return applyOpsToAnnotations(annotations, sectionId, [...ops], before);
    },
  };
}

/** A minimal annotation around an anchor. */
export function annotationOn(anchor: Anchor, id = 'c1'): Annotation {
  return {
    id,
    author: { name: 'Anna Berg', initials: 'AB' },
    body: 'Stämmer detta?',
    createdAt: '2026-03-01T09:00:00.000Z',
    editedAt: null,
    anchor,
    resolved: false,
    replies: [],
  };
}

/** A valid empty draft whose sections are replaced by the given ones. */
export function draftWith(sections: Record<string, RichText>, annotations: Annotation[] = []): Draft {
  let n = 0;
  const draft = buildNewDraft({
    template: ApplicationTemplate.parse(applicationTemplates[0]),
    editionId: 'icld-kp-2020',
    component: 'project',
    documentLanguage: 'sv-SE',
    now: new Date('2026-03-01T09:00:00Z'),
    newId: () => `d${++n}`,
  });
  return { ...draft, id: 'draft-1', sections, annotations };
}

/** Paragraphs from text lines, each line cut into leaves at the given cut points (bold every other leaf). */
export function valueFromText(text: string, cuts: (line: string, index: number) => number[] = () => []): RichText {
  return text.split('\n').map((line, i) => {
    const points = [...new Set(cuts(line, i).filter((c) => c > 0 && c < line.length))].sort((a, b) => a - b);
    const pieces = [0, ...points].map((from, j) => line.slice(from, points[j] ?? line.length));
    return { type: 'paragraph', children: pieces.map((t, j) => (j % 2 ? { text: t, bold: true as const } : { text: t })) };
  });
}
