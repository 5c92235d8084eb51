import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Screen } from '../core/web/ui';
import { copy } from './copy';

interface State {
  failed: boolean;
}

/** If a screen breaks, say so calmly and offer a reload, instead of leaving a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('screen failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Screen title={copy.crashed.title} intro={<p>{copy.crashed.body}</p>}>
        <Button onClick={() => location.reload()} block>
          {copy.crashed.reload}
        </Button>
      </Screen>
    );
  }
}
