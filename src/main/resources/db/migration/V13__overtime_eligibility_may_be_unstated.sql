-- Overtime eligibility is yes, no, or not stated (null): a page that does not say is never recorded as "No".
alter table class_description alter column overtime_eligible drop not null;
