import { useMe } from '../../../core/web/session';
import type { ReactNode } from 'react';
import { Button, Card, FormError, Screen } from '../../../core/web/ui';
import { useLogout } from './api';
import { copy } from './copy';
import { AppLockSettings } from './app-lock-settings';
import { DeleteAccount } from './delete-account';
import { DisplayNameForm } from './display-name-form';
import { PasswordForm } from './password-form';
import { PasskeysSettings } from './passkeys-settings';
import { EmailForm } from './email-form';
import { LanguageSettings } from './language-settings';
import { OwnWordsSection } from './own-words';
import { SessionsList } from './sessions-list';
import './accounts.css';

interface SettingsScreenProps {
  /** Sections other features add (the app shell passes the couple space's section). */
  children?: ReactNode;
}

export function SettingsScreen({ children }: SettingsScreenProps) {
  const logout = useLogout();
  const me = useMe();
  return (
    <Screen title={copy.settings.title} intro={<p>{copy.settings.intro}</p>}>
      <DisplayNameForm />
      {children}
      {/* "Keep your own words" is a partner's archive of what they wrote; a therapist's own notes download from their desk. */}
      {me.kind === 'partner' && <OwnWordsSection />}
      <SessionsList />
      <AppLockSettings />
      <LanguageSettings />
      <EmailForm />
      <PasswordForm />
      <PasskeysSettings />
      <Card title={copy.settings.logOut.title}>
        <p className="muted">{copy.settings.logOut.body}</p>
        <FormError error={logout.error} />
        <Button variant="secondary" busy={logout.isPending} onClick={() => logout.mutate()}>
          {copy.settings.logOut.button}
        </Button>
      </Card>
      <DeleteAccount />
    </Screen>
  );
}
