import { shell } from 'electron';
import { err, ok } from '../../core/result';
import type { ShowFile } from '../services/handlers';

/** An exported document opened in its default program (Word, LibreOffice …) or shown in the file manager. */
export const showFileWithShell: ShowFile = async (path, how) => {
  if (how === 'folder') {
    shell.showItemInFolder(path);
    return ok({});
  }
  const problem = await shell.openPath(path);
  return problem ? err('not-available', `the document could not be opened: ${problem}`, path) : ok({});
};
