import type React from 'react';
import { dropOnto, sameList } from './results-commands';

/**
 * Dragging an item by its number to another place of the same level (the keys and the ↑/↓
 * buttons do the same). The id being dragged is kept here: a drag-over cannot read the data.
 */
let dragging: string | null = null;

/** The number as a drag handle. */
export function dragHandle(id: string, title: string) {
  return {
    draggable: true,
    title,
    onDragStart: (e: React.DragEvent) => {
      dragging = id;
      e.dataTransfer.setData('text/plain', id);
      e.dataTransfer.effectAllowed = 'move';
    },
    onDragEnd: () => { dragging = null; },
  };
}

const accepts = (id: string) => dragging !== null && dragging !== id && sameList(dragging, id);

/** A row that an item of its own level may be dropped on. */
export function dropTarget(id: string) {
  return {
    onDragOver: (e: React.DragEvent) => {
      if (!accepts(id)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
    },
    onDrop: (e: React.DragEvent) => {
      if (dragging === null || !accepts(id)) return;
      e.preventDefault();
      dropOnto(dragging, id);
      dragging = null;
    },
  };
}
