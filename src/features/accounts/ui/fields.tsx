import type { ComponentProps } from 'react';
import { TextField } from '../../../core/web/ui';
import { copy } from './copy';

type FieldProps = Omit<ComponentProps<typeof TextField>, 'label'> & { label?: string };

/** An email field as every account form has it: no capitals or spelling fixes from the keyboard. */
export function EmailField({ label = copy.fields.email, ...props }: FieldProps) {
  return <TextField label={label} type="email" name="email" autoComplete="email" inputMode="email" autoCapitalize="none" spellCheck={false} {...props} />;
}

/** A password being chosen: the sign-up rules in its hint. */
export function NewPasswordField({ label = copy.fields.newPassword, ...props }: FieldProps) {
  return <TextField label={label} hint={copy.fields.newPasswordHint} type="password" name="newPassword" autoComplete="new-password" {...props} />;
}

/** The current password, asked again before a change that matters. */
export function CurrentPasswordField({ label = copy.fields.currentPassword, ...props }: FieldProps) {
  return <TextField label={label} type="password" name="currentPassword" autoComplete="current-password" {...props} />;
}
