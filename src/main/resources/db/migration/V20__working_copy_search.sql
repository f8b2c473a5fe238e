-- Staff search every description's working copy (drafts, published ones with unpublished changes, retired ones) in
-- the public search's query language: each working copy has search documents built as published_description's are
-- (titles weighted A, summary B, qualifications and duties C; a summary and a titles' document of their own), with
-- its code, with and without leading zeros, among the title's words. The titles and the code are there too, so that
-- what words find is ranked and paged from this table alone.
--
-- The database keeps them in the same transaction as every save. A save changes a description's row, and its duties
-- and qualification standards row by row: each change only marks the document stale, and at commit a deferred
-- trigger rebuilds each stale document once, from what the transaction leaves.

create table working_copy_document (
    description_id   bigint       primary key references class_description (id) on delete cascade,
    working_title    varchar(200) not null,
    official_title   varchar(200) not null,
    code             varchar(10)  not null,
    title_document   tsvector     not null,
    summary_document tsvector     not null,
    document         tsvector     not null,
    -- Changed since built; never true once committed.
    stale            boolean      not null
);

create function working_copy_document_of(description bigint)
    returns working_copy_document
    language sql stable as
$$
select d.id,
       d.working_title,
       c.official_title,
       c.code,
       t.titles,
       s.summary,
       t.titles || setweight(s.summary, 'B') || setweight(to_tsvector('jobclass_english', concat_ws(' ',
           (select string_agg(q.text, ' ' order by q.kind) from qualification_standard q where q.description_id = d.id),
           (select string_agg(u.text, ' ' order by u.position) from duty u where u.description_id = d.id))), 'C'),
       false
from class_description d
join job_class c on c.id = d.job_class_id
cross join lateral (select setweight(to_tsvector('jobclass_english',
    concat_ws(' ', d.working_title, c.official_title, c.code, ltrim(c.code, '0'))), 'A') as titles) t
cross join lateral (select to_tsvector('jobclass_english', d.summary) as summary) s
where d.id = description
$$;

create function mark_working_copy_document_stale(description bigint) returns void
    language sql as
$$
update working_copy_document set stale = true where description_id = description and not stale;
$$;

create function working_copy_description_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        insert into working_copy_document
        values (new.id, new.working_title, '', '', ''::tsvector, ''::tsvector, ''::tsvector, true);
    else
        perform mark_working_copy_document_stale(new.id);
    end if;
    return null;
end;
$$;

create trigger tg_class_description_working_copy_added
    after insert on class_description
    for each row execute function working_copy_description_changed();

create trigger tg_class_description_working_copy_changed
    after update of working_title, summary, job_class_id on class_description
    for each row
    when (old.working_title is distinct from new.working_title or old.summary is distinct from new.summary
          or old.job_class_id is distinct from new.job_class_id)
    execute function working_copy_description_changed();

-- Duties and qualification standards.
create function working_copy_part_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op <> 'INSERT' then
        perform mark_working_copy_document_stale(old.description_id);
    end if;
    if tg_op <> 'DELETE' then
        perform mark_working_copy_document_stale(new.description_id);
    end if;
    return null;
end;
$$;

create trigger tg_duty_working_copy_changed
    after insert or update or delete on duty
    for each row execute function working_copy_part_changed();

create trigger tg_qualification_standard_working_copy_changed
    after insert or update or delete on qualification_standard
    for each row execute function working_copy_part_changed();

create function working_copy_official_class_changed() returns trigger
    language plpgsql as
$$
begin
    update working_copy_document w set stale = true
    from class_description d
    where d.job_class_id = new.id and w.description_id = d.id and not w.stale;
    return null;
end;
$$;

create trigger tg_job_class_working_copy_changed
    after update of code, official_title on job_class
    for each row
    when (old.code is distinct from new.code or old.official_title is distinct from new.official_title)
    execute function working_copy_official_class_changed();

create function rebuild_working_copy_document() returns trigger
    language plpgsql as
$$
begin
    update working_copy_document w
    set (working_title, official_title, code, title_document, summary_document, document, stale) =
        (select b.working_title, b.official_title, b.code, b.title_document, b.summary_document, b.document, false
         from working_copy_document_of(w.description_id) b)
    where w.description_id = new.description_id and w.stale;
    return null;
end;
$$;

-- At commit, once for each document marked stale (a document already stale is not marked again).
create constraint trigger tg_working_copy_document_rebuilt
    after insert or update of stale on working_copy_document
    deferrable initially deferred
    for each row
    when (new.stale)
    execute function rebuild_working_copy_document();

insert into working_copy_document
select b.* from class_description d cross join lateral working_copy_document_of(d.id) b;

create index ix_working_copy_document_document on working_copy_document using gin (document);
create index ix_working_copy_document_summary_document on working_copy_document using gin (summary_document);
create index ix_working_copy_document_title_trigrams on working_copy_document using gin (working_title gin_trgm_ops);
create index ix_working_copy_document_official_title_trigrams on working_copy_document using gin (official_title gin_trgm_ops);

-- The dashboard lists working copies a page at a time: in title order, by last change (most recent first), and those
-- waiting to be published (the condition is the dashboard's, word for word). The first two hold what a page is sorted
-- by, so that a page deep in the list is found by reading the index alone.
create index ix_class_description_title_order on class_description ((lower(working_title) collate "C"))
    include (id, working_title, job_class_id, status, updated_at, last_reviewed);
create index ix_class_description_changed on class_description (updated_at desc, (lower(working_title) collate "C"))
    include (id, working_title, job_class_id, status, last_reviewed);
create index ix_class_description_waiting on class_description ((lower(working_title) collate "C"))
    where status = 'DRAFT' or (status = 'PUBLISHED' and unpublished_changes);

-- The edit form's check finds a summary copied from another published class by its hash, not by reading them all.
create index ix_published_description_summary on published_description using hash (summary);
