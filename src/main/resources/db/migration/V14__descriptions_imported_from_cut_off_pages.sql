-- A description imported from a page that looks cut off keeps the words the page stopped after, until an editor
-- publishes it confirming that its text is complete (or imports a whole page over it).
alter table class_description add column looks_cut_off_after varchar(400);
