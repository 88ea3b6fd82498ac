import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Last line of defence: a readable message instead of a blank window.
 * The details go to the console, never a stack trace on screen.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Farside could not draw the Moon:', error, info.componentStack);
    document.documentElement.dataset.farsideState = 'error';
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const webgl = /webgl|context/i.test(this.state.error.message);
    return (
      <main className="screen error" role="alert">
        <h1>Farside could not draw the Moon</h1>
        <p>
          {webgl
            ? 'This computer did not give Farside a 3D graphics (WebGL 2) context. Updating the graphics driver or enabling hardware acceleration usually fixes this.'
            : 'Something unexpected went wrong while drawing the view.'}
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Try again
        </button>
      </main>
    );
  }
}
