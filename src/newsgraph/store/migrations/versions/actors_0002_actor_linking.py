"""actor linking: names, titles, explained links, user decisions

Revision ID: actors_0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa


revision = "actors_0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actor_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("surname_key", sa.String(length=200), nullable=True),
        sa.Column("full", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("actor_id", "name"),
    )
    with op.batch_alter_table("actor_names", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_names_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index("ix_actor_names_type_name_key", ["type", "name_key"], unique=False)
        batch_op.create_index("ix_actor_names_type_surname_key", ["type", "surname_key"], unique=False)

    op.create_table(
        "actor_titles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("title_key", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("actor_id", "title_key"),
    )
    with op.batch_alter_table("actor_titles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_titles_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "actor_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=32), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["entity_id"], ["entities.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("entity_id"),
    )
    with op.batch_alter_table("actor_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_links_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "actor_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("actor_key", sa.String(length=300), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("actor_decisions", schema=None) as batch_op:
        batch_op.create_index("ix_actor_decisions_name", ["type", "name_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("actor_decisions", schema=None) as batch_op:
        batch_op.drop_index("ix_actor_decisions_name")
    op.drop_table("actor_decisions")
    with op.batch_alter_table("actor_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_links_actor_id"))
    op.drop_table("actor_links")
    with op.batch_alter_table("actor_titles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_titles_actor_id"))
    op.drop_table("actor_titles")
    with op.batch_alter_table("actor_names", schema=None) as batch_op:
        batch_op.drop_index("ix_actor_names_type_surname_key")
        batch_op.drop_index("ix_actor_names_type_name_key")
        batch_op.drop_index(batch_op.f("ix_actor_names_actor_id"))
    op.drop_table("actor_names")
