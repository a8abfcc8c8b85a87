import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogHost } from './dialogs/dialog-host';
import { ReviewDialogs } from './review';
import { i18next } from './i18n';
import { EditorScreen } from './screens/editor-screen';
import { StartScreen } from './screens/start-screen';
import { appStore } from './state/app-state';
import { Notices } from './layout/notices';

export { Notices };
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

export function App() {
  const { t } = useTranslation();
  const screen = useStore(appStore, (s) => s.screen);
  return (
    <ErrorBoundary>
      {screen === 'editor' ? <EditorScreen /> : (
        // Messages take a strip below the screen, which scrolls above it, so they never cover its controls.
        <div className="kp-screen-frame">
          <div className="kp-screen-scroll">
            {screen === 'loading' && <p className="kp-loading">{t('app.loading')}</p>}
            {screen === 'start' && <StartScreen />}
          </div>
          <Notices docked />
        </div>
      )}
      <DialogHost />
      <ReviewDialogs />
    </ErrorBoundary>
  );
}
