-- Staff sessions kept in the database, so that every instance of the application serves every signed-in request
-- (the tables of Spring Session JDBC, as its schema-postgresql.sql makes them).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

-- The sign-in throttle, shared by every instance: an account's failures in a row, and each address's recent failures.
create table sign_in_account_failures (
    account        varchar(100) primary key,
    failures       int          not null constraint sign_in_account_failures_positive check (failures > 0),
    last_failed_at timestamptz  not null
);
create index sign_in_account_failures_last on sign_in_account_failures (last_failed_at);

create table sign_in_address_failures (
    id        bigserial primary key,
    address   varchar(64) not null,
    failed_at timestamptz not null
);
create index sign_in_address_failures_recent on sign_in_address_failures (address, failed_at);
create index sign_in_address_failures_age on sign_in_address_failures (failed_at);
