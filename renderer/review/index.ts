/** What the rest of the renderer uses of the review features (one import per host file). */
export { CommentsPanel, CommentTabCount } from './comments-panel';
export { useCommentRanges, wrapCommentLeaf } from './decorations';
export { openImportCopies } from './import-comments';
export { commentHere } from './install';
export { ReviewDialogs } from '../dialogs/deferred-dialogs';
export { saveDraft } from './review-save';
export { trackCommentAnchors } from './review-session';
export { useIsReviewer, useIsSuggesting, usePanelTab } from './review-state';
export { pasteAsSuggestion, toggleSuggesting, takeTypedText } from './suggest-mode';
export { SuggestedBreak, SuggestToggle, wrapSuggestionLeaf } from './suggestion-ui';
export { CommentStatus, openForReview, OpenForReviewButton, ReviewBanner, RoleBadge } from './role-ui';
export { SelectionCommentButton } from './selection-button';
export { goToThread, useOpenThreads, type OpenThread } from './open-threads';
export { handleSelectionKey, placeCaretAtStart } from './keyboard-selection';
export { ReviewCaret } from './review-caret';
export { CommentIcon } from './comment-icon';
export { ChangesPanel, ChangeTabCount } from './changes-panel';
export { useSuggestionView } from './changes-state';
