/** What the rest of the renderer uses of the review features (one import per host file). */
export { CommentsPanel, CommentTabCount } from './comments-panel';
export { useCommentRanges, wrapCommentLeaf } from './decorations';
export { ReviewDialogs } from './review-dialogs';
export { trackCommentAnchors } from './review-session';
export { useIsReviewer, usePanelTab } from './review-state';
export { CommentStatus, OpenForReviewButton, ReviewBanner, RoleBadge } from './role-ui';
export { SelectionCommentButton } from './selection-button';
