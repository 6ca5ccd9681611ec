"""scale: feed state, near-duplicate fingerprints, stories and merged story events

Revision ID: scale_0002
Revises: serve_0002 (written against 0001; re-chained after actors_0002 and serve_0002 when main was merged)
Create Date: 2026-11-25 18:40:00
"""

from alembic import op
import sqlalchemy as sa

revision = "scale_0002"
down_revision = "serve_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scale_feeds",
        sa.Column("url", sa.String(2000), primary_key=True),
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("last_polled_at", sa.DateTime()),
        sa.Column("next_poll_at", sa.DateTime()),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text()),
    )
    op.create_table(
        "scale_feed_seen",
        sa.Column("feed_url", sa.String(2000), primary_key=True),
        sa.Column("entry_key", sa.String(64), primary_key=True),
        sa.Column("link", sa.Text()),
        sa.Column("article_id", sa.String(64)),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "scale_fingerprints",
        sa.Column("article_id", sa.String(64), primary_key=True),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("dup_group", sa.String(64), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("published", sa.Date()),
        sa.Column("source", sa.Text()),
        sa.Column("similarity", sa.Float()),
        sa.Column("indexed_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_scale_fingerprints_dup_group", "scale_fingerprints", ["dup_group"])
    op.create_index("ix_scale_fingerprints_story_id", "scale_fingerprints", ["story_id"])
    op.create_table(
        "scale_lsh_bands",
        sa.Column("band", sa.Integer(), primary_key=True),
        sa.Column("bucket", sa.BigInteger(), primary_key=True),
        sa.Column("article_id", sa.String(64), primary_key=True),
    )
    op.create_table(
        "scale_stories",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("title", sa.Text()),
        sa.Column("first_published", sa.Date()),
        sa.Column("last_published", sa.Date()),
        sa.Column("article_count", sa.Integer(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_scale_stories_first_published", "scale_stories", ["first_published"])
    op.create_index("ix_scale_stories_last_published", "scale_stories", ["last_published"])
    op.create_table(
        "scale_story_terms",
        sa.Column("term", sa.String(200), primary_key=True),
        sa.Column("story_id", sa.Integer(), primary_key=True),
    )
    op.create_index("ix_scale_story_terms_story_id", "scale_story_terms", ["story_id"])
    op.create_table(
        "scale_story_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16)),
        sa.Column("date_value", sa.String(10)),
        sa.Column("actors", sa.Text(), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("first_article_id", sa.String(64), nullable=False),
        sa.UniqueConstraint("story_id", "key"),
    )
    op.create_index("ix_scale_story_events_story_id", "scale_story_events", ["story_id"])
    op.create_table(
        "scale_story_event_mentions",
        sa.Column("article_id", sa.String(64), primary_key=True),
        sa.Column("event_local_id", sa.String(16), primary_key=True),
        sa.Column("story_event_id", sa.Integer(), nullable=False),
    )
    op.create_index("ix_scale_story_event_mentions_story_event_id", "scale_story_event_mentions", ["story_event_id"])
    op.create_index("ix_scale_sem_event_article", "scale_story_event_mentions", ["story_event_id", "article_id"])


def downgrade() -> None:
    for table in ("scale_story_event_mentions", "scale_story_events", "scale_story_terms", "scale_stories",
                  "scale_lsh_bands", "scale_fingerprints", "scale_feed_seen", "scale_feeds"):
        op.drop_table(table)
