-- Why: words for a person who is not the one asking (a push from the partner's action, a reminder, a mail to an account's owner) are written in that person's language, so the account keeps the language its person last used or chose.
-- Null until the account is next used: such words go out in English, as before.
alter table users add column locale text;
