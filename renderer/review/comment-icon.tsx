/** A speech bubble (inline SVG: the app ships no icon font and cannot rely on emoji fonts). */
export function CommentIcon({ size = 16 }: { size?: number }) {
  return (
    <svg className="kp-icon" viewBox="0 0 24 24" width={size} height={size} aria-hidden focusable="false">
      <path d="M4 5h16v10H9l-4 4v-4H4z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}
