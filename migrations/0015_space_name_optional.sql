-- Why: a space nobody named is called after the two people in it now ("Casey & Robin"), not frozen as "Casey & partner" from the day it was made.

alter table couples alter column name drop not null;
update couples set name = null where name like '% & partner';
