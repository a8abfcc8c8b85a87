import { editions } from './engine';

/** "ICLD 2020" for an edition id, falling back to the id itself. */
export function editionLabel(id: string): string {
  return editions().find((e) => e.id === id)?.label ?? id.replace(/^icld-kp-/, 'ICLD ').replace(/-/g, ' ');
}
