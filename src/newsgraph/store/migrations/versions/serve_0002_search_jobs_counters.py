"""full-text search, job queue, actor counters

Full-text search is dialect-specific: SQLite keeps FTS5 tables filled by triggers, PostgreSQL
keeps generated tsvector columns with GIN indexes. Both are filled by the database itself, so
every writer (the record writer, imports, a Dask writer) keeps them in step without code.

Revision ID: serve_0002
Revises: actors_0002
"""

from alembic import op
import sqlalchemy as sa


revision = "serve_0002"
down_revision = "actors_0002"  # re-chained after the actors migration on main
branch_labels = None
depends_on = None


SQLITE_FTS = [
    # Articles: a standalone FTS5 table (the articles table has no stable integer rowid).
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        article_id UNINDEXED, title, text, tokenize = 'porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        DELETE FROM articles_fts WHERE article_id = old.id;
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        DELETE FROM articles_fts WHERE article_id = old.id;
        INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
    END""",
    "INSERT INTO articles_fts (article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles",
    # Quotes: external content on attributions, whose integer primary key is stable.
    """CREATE VIRTUAL TABLE quotes_fts USING fts5(
        speaker_name, content_text, content = 'attributions', content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON attributions BEGIN
        INSERT INTO quotes_fts (rowid, speaker_name, content_text) VALUES (new.id, new.speaker_name, new.content_text);
    END""",
    """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON attributions BEGIN
        INSERT INTO quotes_fts (quotes_fts, rowid, speaker_name, content_text)
        VALUES ('delete', old.id, old.speaker_name, old.content_text);
    END""",
    """CREATE TRIGGER quotes_fts_update AFTER UPDATE OF speaker_name, content_text ON attributions BEGIN
        INSERT INTO quotes_fts (quotes_fts, rowid, speaker_name, content_text)
        VALUES ('delete', old.id, old.speaker_name, old.content_text);
        INSERT INTO quotes_fts (rowid, speaker_name, content_text) VALUES (new.id, new.speaker_name, new.content_text);
    END""",
    "INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')",
]

SQLITE_FTS_DOWN = [
    "DROP TRIGGER IF EXISTS quotes_fts_update", "DROP TRIGGER IF EXISTS quotes_fts_delete",
    "DROP TRIGGER IF EXISTS quotes_fts_insert", "DROP TABLE IF EXISTS quotes_fts",
    "DROP TRIGGER IF EXISTS articles_fts_update", "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_insert", "DROP TABLE IF EXISTS articles_fts",
]

POSTGRES_FTS = [
    # The title weighs more than the body when ranking.
    """ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', text), 'B')) STORED""",
    "CREATE INDEX ix_articles_search ON articles USING gin (search_vector)",
    """ALTER TABLE attributions ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(speaker_name, '')), 'B') ||
        setweight(to_tsvector('english', content_text), 'A')) STORED""",
    "CREATE INDEX ix_attributions_search ON attributions USING gin (search_vector)",
]

POSTGRES_FTS_DOWN = [
    "DROP INDEX IF EXISTS ix_attributions_search", "ALTER TABLE attributions DROP COLUMN IF EXISTS search_vector",
    "DROP INDEX IF EXISTS ix_articles_search", "ALTER TABLE articles DROP COLUMN IF EXISTS search_vector",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    with op.batch_alter_table("articles") as batch_op:
        batch_op.create_index("ix_articles_source", ["source"], unique=False)
    # Every list is newest first (queries.newest_first): an index in exactly that order.
    if dialect == "postgresql":
        op.execute("CREATE INDEX ix_articles_newest ON articles (published DESC NULLS LAST, id DESC)")
    else:
        op.execute("CREATE INDEX ix_articles_newest ON articles (published DESC, id DESC)")
    op.create_index("ix_attributions_kind", "attributions", ["kind"], unique=False)
    # Covering indexes for "articles / events of this actor" and their counts.
    op.create_index("ix_entities_actor_article", "entities", ["actor_id", "article_id"], unique=False)
    op.create_index("ix_event_participants_actor_event", "event_participants", ["actor_id", "event_id"], unique=False)

    op.add_column("actors", sa.Column("article_count", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("actors", sa.Column("mention_count", sa.Integer(), nullable=False, server_default="0"))
    op.create_index("ix_actors_rank", "actors", ["article_count", "mention_count"], unique=False)
    op.execute(
        "UPDATE actors SET "
        "article_count = (SELECT count(DISTINCT e.article_id) FROM entities e WHERE e.actor_id = actors.id), "
        "mention_count = (SELECT coalesce(sum(e.mention_count), 0) FROM entities e WHERE e.actor_id = actors.id)"
    )

    op.create_table(
        "actor_roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("of_code", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("actor_id", "title", "of_code"),
    )
    op.create_index("ix_actor_roles_actor_id", "actor_roles", ["actor_id"], unique=False)
    _backfill_actor_roles()

    op.create_table(
        "jobs",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("ref", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("lease_until", sa.DateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("worker", sa.String(length=64), nullable=True),
        sa.Column("article_id", sa.String(length=64), nullable=True),
        sa.Column("added", sa.Boolean(), nullable=True),
        sa.Column("error_kind", sa.String(length=32), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_jobs_status_created", "jobs", ["status", "created_at"], unique=False)

    for statement in SQLITE_FTS if dialect == "sqlite" else POSTGRES_FTS if dialect == "postgresql" else []:
        op.execute(statement)


def _backfill_actor_roles() -> None:
    import json

    bind = op.get_bind()
    seen: set[tuple[int, str, str]] = set()
    rows = bind.execute(sa.text("SELECT actor_id, roles FROM entities WHERE actor_id IS NOT NULL AND roles <> '[]'"))
    for actor_id, raw in rows.all():
        for role in json.loads(raw or "[]"):
            key = (actor_id, str(role.get("title") or "")[:200], str(role.get("of") or "")[:200])
            if key[1] and key not in seen:
                seen.add(key)
    if seen:
        bind.execute(sa.text("INSERT INTO actor_roles (actor_id, title, of_code) VALUES (:a, :t, :o)"),
                     [{"a": a, "t": t, "o": o} for a, t, o in sorted(seen)])


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_FTS_DOWN if dialect == "sqlite" else POSTGRES_FTS_DOWN if dialect == "postgresql" else []:
        op.execute(statement)
    op.drop_index("ix_jobs_status_created", table_name="jobs")
    op.drop_table("jobs")
    op.drop_index("ix_actor_roles_actor_id", table_name="actor_roles")
    op.drop_table("actor_roles")
    op.drop_index("ix_actors_rank", table_name="actors")
    with op.batch_alter_table("actors") as batch_op:
        batch_op.drop_column("mention_count")
        batch_op.drop_column("article_count")
    op.drop_index("ix_event_participants_actor_event", table_name="event_participants")
    op.drop_index("ix_entities_actor_article", table_name="entities")
    op.drop_index("ix_attributions_kind", table_name="attributions")
    op.execute("DROP INDEX ix_articles_newest")
    with op.batch_alter_table("articles") as batch_op:
        batch_op.drop_index("ix_articles_source")
