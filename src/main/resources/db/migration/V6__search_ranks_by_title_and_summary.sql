-- Search ranks what it finds by where the words are: in a title first, then in the summary, then in the
-- qualifications and duties. Ranking on the whole document read every matching description's long search
-- document out of line; a title's own small document and an index of summaries rank a common word across
-- thousands of descriptions without reading them.

alter table published_description
    add column title_document   tsvector,
    add column summary_document tsvector;

create or replace function published_description_of(revision description_revision)
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
                  (select string_agg(d.value, ' ') from jsonb_array_elements_text(revision.content -> 'duties') d))), 'C'),
       setweight(to_tsvector('jobclass_english', revision.working_title || ' ' || coalesce(revision.content ->> 'officialTitle', '')), 'A'),
       to_tsvector('jobclass_english', coalesce(revision.content ->> 'summary', ''))
$$;

update published_description
set title_document   = setweight(to_tsvector('jobclass_english', working_title || ' ' || official_title), 'A'),
    summary_document = to_tsvector('jobclass_english', summary);

alter table published_description
    alter column title_document set not null,
    alter column summary_document set not null;

create index ix_published_description_summary_document on published_description using gin (summary_document);
