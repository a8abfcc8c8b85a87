import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogHost } from './dialogs/dialog-host';
import { ReviewDialogs } from './review';
import { i18next } from './i18n';
import { EditorScreen } from './screens/editor-screen';
import { StartScreen } from './screens/start-screen';
import { appStore, dismissNotice } from './state/app-state';
import { useStore } from './state/create-store';

/** Catches rendering bugs once, so the user sees a message instead of a blank window. */
class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error('[kp] render failed', error);
  }
  override render() {
    return this.state.failed ? <p className="kp-fatal" role="alert">{i18next.t('errors.render')}</p> : this.props.children;
  }
}

/** The messages after saving, exporting, removing … (aria-live), each with its follow-up buttons. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useStore(appStore, (s) => s.notices);
  return (
    <div className="kp-notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`kp-notice kp-notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          {n.actions?.map((a) => (
            <button key={a.label} type="button" className="kp-notice-action" onClick={() => {
              dismissNotice(n.id);
              a.run();
            }}>{a.label}</button>
          ))}
          <button type="button" className="kp-icon-button" aria-label={t('dialogs.close')} onClick={() => dismissNotice(n.id)}>✕</button>
        </div>
      ))}
    </div>
  );
}

export function App() {
  const { t } = useTranslation();
  const screen = useStore(appStore, (s) => s.screen);
  return (
    <ErrorBoundary>
      {screen === 'loading' && <p className="kp-loading">{t('app.loading')}</p>}
      {screen === 'start' && <StartScreen />}
      {screen === 'editor' && <EditorScreen />}
      <DialogHost />
      <ReviewDialogs />
      <Notices />
    </ErrorBoundary>
  );
}
