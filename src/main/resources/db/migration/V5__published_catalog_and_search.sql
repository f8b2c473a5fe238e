-- The public catalog as one row per published description, for listings paged in SQL and for search.
-- A trigger keeps it in step with class_description in the same transaction as every publication,
-- retirement, restoration and date change, and counts each such change in catalog_version.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- English stemming that ignores accents: "resume" finds "résumé".
create text search configuration jobclass_english (copy = english);
alter text search configuration jobclass_english
    alter mapping for hword, hword_part, word with unaccent, english_stem;

create table published_description (
    description_id    bigint       primary key references class_description (id) on delete cascade,
    revision_id       bigint       not null references description_revision (id),
    revision_number   integer      not null,
    code              varchar(10)  not null,
    slug              varchar(200) not null,
    working_title     varchar(200) not null,
    official_title    varchar(200) not null,
    title_sort_key    varchar(400) not null,
    title_range       varchar(10)  not null,
    grade             varchar(10)  not null,
    months            integer      not null,
    sq_oq             varchar(100),
    overtime_eligible boolean,
    published_at      timestamp with time zone not null,
    summary           text         not null,
    -- Qualification standards and duties as one text, for the snippets of search results.
    details           text         not null,
    document          tsvector     not null
);

create index ix_published_description_address on published_description (code, slug);
create index ix_published_description_code_number on published_description ((ltrim(code, '0')));
-- Across all ranges, titles filed under Other come last.
create index ix_published_description_title
    on published_description ((title_range = 'OTHER'), title_sort_key collate "C", working_title collate "C", code);
create index ix_published_description_range_title
    on published_description (title_range, title_sort_key collate "C", working_title collate "C", code);
create index ix_published_description_grade on published_description (grade);
create index ix_published_description_document on published_description using gin (document);
create index ix_published_description_title_trigrams on published_description using gin (working_title gin_trgm_ops);
create index ix_published_description_official_title_trigrams on published_description using gin (official_title gin_trgm_ops);

-- One row: the number of the last change made to what the public sees, and when it was made.
-- Caches of public pages are keyed on it. Numbers come from a sequence, so that a change rolled back
-- never leaves its number to a later change.
create sequence catalog_version_number;
create table catalog_version (
    id         integer primary key,
    version    bigint  not null,
    changed_at timestamp with time zone not null,
    constraint ck_catalog_version_single_row check (id = 1)
);
insert into catalog_version (id, version, changed_at) values (1, nextval('catalog_version_number'), now());

create function published_description_of(revision description_revision)
    returns published_description
    language sql stable as
$$
select revision.description_id,
       revision.id,
       revision.number,
       revision.code,
       revision.slug,
       revision.working_title,
       coalesce(revision.content ->> 'officialTitle', ''),
       revision.title_sort_key,
       revision.title_range,
       revision.grade,
       coalesce((revision.content ->> 'months')::integer, 0),
       revision.content ->> 'sqOq',
       (revision.content ->> 'overtimeEligible')::boolean,
       revision.published_at,
       coalesce(revision.content ->> 'summary', ''),
       concat_ws(E'\n',
                 (select string_agg(q.value, E'\n') from jsonb_each_text(revision.content -> 'qualifications') q),
                 (select string_agg(d.value, E'\n') from jsonb_array_elements_text(revision.content -> 'duties') d)),
       setweight(to_tsvector('jobclass_english', revision.working_title || ' ' || coalesce(revision.content ->> 'officialTitle', '')), 'A')
           || setweight(to_tsvector('jobclass_english', coalesce(revision.content ->> 'summary', '')), 'B')
           || setweight(to_tsvector('jobclass_english', concat_ws(' ',
                  (select string_agg(q.value, ' ') from jsonb_each_text(revision.content -> 'qualifications') q),
                  (select string_agg(d.value, ' ') from jsonb_array_elements_text(revision.content -> 'duties') d))), 'C')
$$;

create function sync_published_description() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and old.status is not distinct from new.status
            and old.published_revision_id is not distinct from new.published_revision_id then
        return null;
    end if;
    if tg_op <> 'DELETE' and new.status = 'PUBLISHED' and new.published_revision_id is not null then
        delete from published_description where description_id = new.id;
        -- A lateral call runs the function once; "(f(r)).*" would run it once per column.
        insert into published_description
        select p.* from description_revision r cross join lateral published_description_of(r) p
        where r.id = new.published_revision_id;
    elsif tg_op = 'DELETE' then
        delete from published_description where description_id = old.id;
    else
        delete from published_description where description_id = new.id;
    end if;
    update catalog_version set version = nextval('catalog_version_number'), changed_at = now() where id = 1;
    return null;
end;
$$;

create trigger tg_class_description_published
    after insert or update or delete on class_description
    for each row execute function sync_published_description();

insert into published_description
select p.*
from class_description d
join description_revision r on r.id = d.published_revision_id
cross join lateral published_description_of(r) p
where d.status = 'PUBLISHED';
