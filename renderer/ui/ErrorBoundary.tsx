import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';
import { reportError } from '../log/reportError';

export interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Last line of defence: a readable message instead of a blank window.
 * The details go to the console and the log file, never a stack trace on screen.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Farside could not draw the Moon:', error, info.componentStack);
    reportError('react', error, 'could not draw the Moon');
    document.documentElement.dataset.farsideState = 'error';
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const webgl = /webgl|context/i.test(this.state.error.message);
    return (
      <Translation>
        {(t) => (
          <main className="screen error" role="alert">
            <h1>{t('crash.title')}</h1>
            <p>{webgl ? t('crash.webgl') : t('crash.generic')}</p>
            <button type="button" onClick={() => window.location.reload()}>
              {t('crash.retry')}
            </button>
          </main>
        )}
      </Translation>
    );
  }
}
