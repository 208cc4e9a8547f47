-- The journal: every command the engine accepted, in one total order. It is the source of truth (the engine
-- rebuilds its state by replaying it) and the audit trail (who, what, when). Nobody may change or remove a row.
create table journal (
    seq         bigint      primary key,
    recorded_at timestamptz not null,
    actor       text        not null,
    kind        text        not null,
    payload     jsonb       not null
);

comment on table journal is 'Append-only command journal and audit trail of the Tomoni engine';

create function journal_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the journal is append-only: % is not allowed', tg_op;
end
$$;

create trigger journal_no_update_or_delete before update or delete on journal
    for each row execute function journal_is_append_only();
create trigger journal_no_truncate before truncate on journal
    for each statement execute function journal_is_append_only();

-- A journaled command is acknowledged only after its commit is on disk.
do $$
begin
    execute format('alter database %I set synchronous_commit = on', current_database());
end
$$;

-- Officers read the audit trail from here: every write, without the engine's own timer ticks.
create view audit_trail as
    select seq, recorded_at, actor, kind, payload from journal where kind <> 'Tick';
