-- Why: leaving can be quiet. The one who stays is told only that the space ended — never a reason, the other's name or when — so those are not kept at all.
alter table space_endings drop column reason;
alter table space_endings drop column partner_name;
