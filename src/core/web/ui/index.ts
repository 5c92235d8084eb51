export { Announcer, announce } from './announcer';
export { Button, ButtonLink, classes } from './button';
export { Card } from './card';
export { ConfirmDialog } from './confirm-dialog';
export { CopyButton } from './copy-button';
export { FormError, Notice } from './notice';
export { Loading, Screen } from './screen';
export { TextField } from './text-field';
