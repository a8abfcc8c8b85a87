import { showError } from '../actions/draft-commands';
import { bridge } from '../bridge';
import { notify } from '../state/app-state';

/**
 * The notice after an export (Word or spreadsheet): where the file went, with buttons to open it
 * in its program or show it in its folder. Labels come from the caller, already translated.
 */
export function notifyExported(path: string, labels: { message: string; open: string; folder: string }): void {
  const show = (how: 'open' | 'folder') => () =>
    void bridge.invoke('export:show', { path, how }).then((s) => {
      if (!s.ok) showError({ ...s.error, path: s.error.path ?? path });
    });
  notify('info', labels.message, [
    { label: labels.open, run: show('open') },
    { label: labels.folder, run: show('folder') },
  ]);
}
