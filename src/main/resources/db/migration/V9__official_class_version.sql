-- The official title belongs to the code and is changed on its own, one change after the other: a change made to
-- a title someone else has changed since is refused, not written over it.
alter table job_class add column version bigint not null default 0;
