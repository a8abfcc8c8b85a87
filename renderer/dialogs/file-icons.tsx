/**
 * Folder and document icons for the file lists, drawn inline: the emoji 📁/📄 show as empty boxes
 * where the system has no emoji font, and the app never downloads one.
 */
export function FileIcon({ folder }: { folder: boolean }) {
  return (
    <svg className="kp-icon kp-file-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden focusable="false" data-kp-icon={folder ? 'folder' : 'file'}>
      {folder
        ? <path d="M3 6.5A1.5 1.5 0 0 1 4.5 5h4.2l2 2h8.8A1.5 1.5 0 0 1 21 8.5v9a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
        : <path d="M6.5 3H14l4.5 4.5v12A1.5 1.5 0 0 1 17 21H6.5A1.5 1.5 0 0 1 5 19.5v-15A1.5 1.5 0 0 1 6.5 3zM14 3v4.5h4.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />}
    </svg>
  );
}
