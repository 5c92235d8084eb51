-- Why: a session's CSRF token is now derived from its secret session token (core/auth/tokens.ts csrfTokenFor), so the raw token no longer sits in the sessions table.
alter table sessions drop column csrf_token;
