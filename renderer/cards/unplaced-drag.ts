import type { DragEvent } from 'react';
import type { BlockElement } from '../../core/draft/rich-text';
import { moveUnplaced } from './unplaced-commands';

/**
 * Dragging blocks from the tray onto a section. The blocks travel by identity in this window (a
 * drag names them only by a type of its own, so a section's editor never takes them for text to
 * paste, and nothing from outside can pretend to be them).
 */
export const UNPLACED_DRAG_TYPE = 'application/x-kp-unplaced';

let dragging: readonly BlockElement[] = [];

export function startUnplacedDrag(e: DragEvent, blocks: readonly BlockElement[]): void {
  dragging = blocks;
  e.dataTransfer.setData(UNPLACED_DRAG_TYPE, String(blocks.length));
  e.dataTransfer.effectAllowed = 'move';
}

export function endUnplacedDrag(): void {
  dragging = [];
}

const isUnplacedDrag = (e: DragEvent) => dragging.length > 0 && [...e.dataTransfer.types].includes(UNPLACED_DRAG_TYPE);

/** Handlers that make a text section a drop target for tray blocks (capture phase: before its editor). */
export function unplacedDropTarget(sectionId: string, setOver: (over: boolean) => void) {
  return {
    onDragOverCapture: (e: DragEvent) => {
      if (!isUnplacedDrag(e)) return;
      e.preventDefault();
      e.stopPropagation();
      e.dataTransfer.dropEffect = 'move';
      setOver(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
    },
    onDropCapture: (e: DragEvent) => {
      if (!isUnplacedDrag(e)) return;
      e.preventDefault();
      e.stopPropagation();
      setOver(false);
      const blocks = dragging;
      dragging = [];
      moveUnplaced(blocks, sectionId);
    },
  };
}
