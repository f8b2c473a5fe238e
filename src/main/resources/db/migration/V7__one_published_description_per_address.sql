-- A public address leads to one published description. Where two were published at one address, the one
-- published there later moves to the address numbered with its description's id, and its working copy with it
-- where the working copy still holds that address.
with doubled as (
    select description_id, code, slug,
           row_number() over (partition by code, slug order by published_at, description_id) as place
    from published_description
)
update description_revision r
set slug = left(d.slug, 180) || '-' || d.description_id
from doubled d, class_description c
where d.place > 1 and c.id = d.description_id and r.id = c.published_revision_id;

update class_description c
set slug = left(c.slug, 180) || '-' || c.id
from published_description p
where p.description_id = c.id and p.slug = c.slug
  and exists (select 1 from published_description o
              where o.code = p.code and o.slug = p.slug and o.description_id <> p.description_id
                and (o.published_at, o.description_id) < (p.published_at, p.description_id));

update published_description p
set slug = r.slug
from description_revision r
where r.id = p.revision_id and r.slug <> p.slug;

drop index ix_published_description_address;
create unique index uq_published_description_address on published_description (code, slug);
