"""actor merges and article replacements: where a deleted id went

Linking (surname absorbed) and ``actor-join`` move an actor's entities into another actor
and delete the emptied one; its id was then a 404 in every saved URL and bookmark.
``actor_merges`` keeps, for each deleted actor id, the id of the actor it now lives in, so the
API and the web pages can send the reader there. ``article_replacements`` does the same for
an article that ``ingest --replace`` replaced by a new version with other text (another id).

Revision ID: product_0004
Revises: apiperf_0003
"""

from alembic import op
import sqlalchemy as sa


revision = "product_0004"
down_revision = "apiperf_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actor_merges",
        sa.Column("old_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("old_id"),
    )
    op.create_index("ix_actor_merges_actor_id", "actor_merges", ["actor_id"])
    op.create_table(
        "article_replacements",
        sa.Column("old_id", sa.String(length=64), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("old_id"),
    )
    op.create_index("ix_article_replacements_article_id", "article_replacements", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_article_replacements_article_id", table_name="article_replacements")
    op.drop_table("article_replacements")
    op.drop_index("ix_actor_merges_actor_id", table_name="actor_merges")
    op.drop_table("actor_merges")
