-- The plan's settings: how often each class description is due for review. One row.
create table plan_settings (
    id                     integer primary key default 1,
    review_interval_months integer not null default 36,
    constraint ck_plan_settings_single_row check (id = 1),
    constraint ck_plan_settings_review_interval check (review_interval_months between 1 and 120)
);
insert into plan_settings (id) values (1);

-- The dashboard finds what is due for review by the last review.
create index ix_class_description_last_reviewed on class_description (last_reviewed) where status <> 'RETIRED';
