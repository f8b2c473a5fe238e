-- The note an editor typed for the history while saving a draft, kept until the description is published.
alter table class_description add column publication_note varchar(500);
